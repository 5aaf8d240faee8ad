using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

public sealed class AgencyMatcherTests
{
    private static readonly ParsedPartner Sheriff = new("Polk County Sheriff's Office", "polk-county-sheriffs-office", null, 1);
    private static readonly ParsedPartner ViceUnit = new("Vice Unit", "polk-county-sheriffs-office-vice-unit", "Polk County Sheriff's Office", 2);
    private static readonly ParsedPartner Fdle = new("Florida Department of Law Enforcement", "florida-department-of-law-enforcement", null, 3);

    [Theory]
    [InlineData("In March 2019, deputies arrested a dozen men in a similar street-level sting.")]
    [InlineData("The Sheriff's Office said nine men were arrested.")]
    [InlineData("Deputies arrested 7 men at a motel.")]
    public void Unnamed_deputies_or_the_sheriffs_office_are_the_one_sheriff_partner(string passage)
    {
        Assert.Equal([Sheriff.Name], AgencyMatcher.Match(passage, [Sheriff, ViceUnit, Fdle], "Florida"));
    }

    [Theory]
    [InlineData("Hillsborough County deputies arrested 7 men at a motel.")]
    [InlineData("The Hillsborough County Sheriff's Office arrested nine men.")]
    [InlineData("Police arrested 7 men at a motel.")]
    public void Another_countys_deputies_or_no_deputies_match_no_sheriff(string passage)
    {
        Assert.Empty(AgencyMatcher.Match(passage, [Sheriff, Fdle], "Florida"));
    }

    [Fact]
    public void Deputies_match_nothing_when_there_are_two_sheriffs_offices()
    {
        var other = new ParsedPartner("Osceola County Sheriff's Office", "osceola-county-sheriffs-office", null, 4);

        Assert.Empty(AgencyMatcher.Match("Deputies arrested 7 men at a motel.", [Sheriff, other], "Florida"));
    }

    [Fact]
    public void Deputies_with_the_sheriffs_place_name_match_it_by_place()
    {
        Assert.Equal([Sheriff.Name], AgencyMatcher.Match("Polk County deputies arrested 7 men.", [Sheriff, Fdle], "Florida"));
    }
}
