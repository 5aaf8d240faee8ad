using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

/// <summary>The metadata block: every way of writing a value, and malformed lines that must never become partners.</summary>
public sealed class MetadataTests
{
    private static readonly TacticLexicon Lexicon = TacticLexicon.FromCatalog();

    private static ParsedProfile Parse(string text) => ProfileParser.Parse(text, "meta.txt", Lexicon);

    [Theory]
    [InlineData("Location 41.885 -87.784", 41.885, -87.784)]
    [InlineData("Location 41.885, -87.784", 41.885, -87.784)]
    [InlineData("Location: 41.885;-87.784", 41.885, -87.784)]
    [InlineData("LOCATION 42.27° N, 71.62° W", 42.27, -71.62)]
    [InlineData("location 33.9 S 151.2 E", -33.9, 151.2)]
    public void Location_is_read_with_spaces_commas_semicolons_or_hemispheres(string line, double latitude, double longitude)
    {
        var profile = Parse(Profiles.Document(partners: ["• Testford Police Department"], metadata: [line]));

        Assert.Equal((latitude, longitude), (profile.Latitude!.Value, profile.Longitude!.Value));
        Assert.Equal(["testford-police-department"], profile.Partners.Select(p => p.Slug));
    }

    [Theory]
    [InlineData("Location 141.885 -87.784")]
    [InlineData("Location 41.885, -287.784")]
    public void An_out_of_range_location_is_a_warning_and_sets_no_coordinates(string line)
    {
        var profile = Parse(Profiles.Document(metadata: [line]));

        Assert.Null(profile.Latitude);
        Assert.Contains(profile.Warnings, w => w.Code == WarningCodes.UnreadableLine && w.Message.Contains("latitude", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Location near the river")]
    [InlineData("Population unknown")]
    [InlineData("Type: Unincorporated area")]
    [InlineData("STATE: Atlantis")]
    public void A_malformed_metadata_line_after_partners_is_a_warning_never_a_partner(string line)
    {
        var profile = Parse(Profiles.Document(
            partners: ["Testford Police Department", "Testford Fire Department"],
            metadata: ["State Vermont", line, "Type Town"]));

        Assert.Equal(["testford-police-department", "testford-fire-department"], profile.Partners.Select(p => p.Slug));
        Assert.Contains(profile.Warnings, w => w.Code == WarningCodes.UnreadableLine && w.Line is not null);
        Assert.Equal(JurisdictionType.Town, profile.Type);
    }

    [Fact]
    public void A_malformed_location_right_after_sources_is_not_a_citation()
    {
        var profile = Parse(Profiles.Document(sources: ["Reverse Stings:", "https://example.org/a"], metadata: ["Location 41.885 x"]));

        var source = Assert.Single(profile.Sources);
        Assert.Equal(["https://example.org/a"], source.Items.Select(i => i.Url));
    }

    [Fact]
    public void Partner_names_that_start_like_a_key_stay_partners()
    {
        var profile = Parse(Profiles.Document(partners: ["State Police Crime Lab", "Population Services Institute"]));

        Assert.Equal(["state-police-crime-lab", "population-services-institute"], profile.Partners.Select(p => p.Slug));
    }

    [Fact]
    public void A_narrative_sentence_that_starts_like_a_key_stays_narrative()
    {
        var profile = Parse(Profiles.Document(narrative: ["State police said the sting would continue."]));

        Assert.Contains("State police said", profile.NarrativeMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain(profile.Warnings, w => w.Code == WarningCodes.UnreadableLine);
    }

    [Theory]
    [InlineData("Population: 18,272", 18272)]
    [InlineData("Population approx. 18,000", 18000)]
    [InlineData("population about 18 000 (2010 census)", 18000)]
    [InlineData("Population 725,046 residents", 725046)]
    public void Population_is_read_with_labels_separators_and_approximations(string line, int population)
    {
        Assert.Equal(population, Parse(Profiles.Document(metadata: [line])).Population);
    }
}
