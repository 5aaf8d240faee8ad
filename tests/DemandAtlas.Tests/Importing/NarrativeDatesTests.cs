using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

/// <summary>Dates as people write them; a season or "late" gives a year and no month, a range its first year.</summary>
public sealed class NarrativeDatesTests
{
    [Theory]
    [InlineData("In May, 2014, deputies arrested nine men.", 2014, 5, null)]
    [InlineData("In Febuary, 2020, a second sweep led to four arrests.", 2020, 2, null)]
    [InlineData("On Agust 9, 2018, officers ran a sting.", 2018, 8, 9)]
    [InlineData("On February 17 and 18, 2012, officers posing as women arrested fourteen men.", 2012, 2, 17)]
    [InlineData("Over June 3–5, 2019, deputies ran a sting at a motel.", 2019, 6, 3)]
    [InlineData("Summer 2011 brought a second operation.", 2011, null, null)]
    [InlineData("In the fall of 2016, officers arrested eight men.", 2016, null, null)]
    [InlineData("In late 2015, detectives placed a decoy ad.", 2015, null, null)]
    [InlineData("From 2011–2013 deputies ran street stings.", 2011, null, null)]
    [InlineData("Over 2015–2017, a grant paid for quarterly stings.", 2015, null, null)]
    [InlineData("Officers ran a reverse stingin 2012 and arrested five men.", 2012, null, null)]
    [InlineData("Between 2008 and 2010, police arrested 30 men.", 2008, null, null)]
    [InlineData("2014–2016. Deputies ran decoy operations on the river road.", 2014, null, null)]
    [InlineData("2009-2011: the vice unit posed as women on Dock Street.", 2009, null, null)]
    [InlineData("2018. Officers answered ads on a classifieds site.", 2018, null, null)]
    [InlineData("2012 (summer) — Police reverse sting on Depot Street.", 2012, null, null)]
    public void Dates_are_read_as_people_write_them(string sentence, int year, int? month, int? day)
    {
        Assert.Equal((year, month, day), NarrativeDates.Read(sentence));
    }

    [Theory]
    [InlineData("The 2012 sting is still talked about in town.")]
    [InlineData("A 2011 report recommended a change of course.")]
    [InlineData("Over 2,000 men have received the warning.")]
    [InlineData("2,014 letters went out that winter.")]
    [InlineData("Marsh Street has had complaints since the 1990s.")]
    public void A_year_that_is_an_attribute_or_a_number_is_no_date(string sentence)
    {
        Assert.Null(NarrativeDates.Read(sentence));
    }

    [Theory]
    [InlineData("That December, detectives posted an ad.", 12)]
    [InlineData("In June of that year the sweep was repeated.", 6)]
    [InlineData("The same October another sting followed.", 10)]
    [InlineData("The chief said that may change next year.", null)]
    [InlineData("Officers said that the March sting was the largest.", null)]
    [InlineData("On March 3, officers posing as women arrested eleven men.", 3)]
    [InlineData("The second sting, in late August, ended with nine men charged.", 8)]
    [InlineData("The first, in February, ended with eight men arrested.", 2)]
    [InlineData("Officers in Augusta arrested four men.", null)]
    [InlineData("On Main 3 the unit met.", null)]
    public void A_month_of_that_year_is_read_only_where_a_capitalized_month_names_it(string sentence, int? month)
    {
        Assert.Equal(month, NarrativeDates.MonthOfThatYear(sentence));
    }

    [Theory]
    [InlineData("Mat", null)]
    [InlineData("Sept", 9)]
    [InlineData("Decmber", 12)]
    [InlineData("Noveber", 11)]
    [InlineData("Juen", null)]
    [InlineData("Since", null)]
    public void A_month_name_may_carry_one_typo_but_an_abbreviation_must_be_exact(string word, int? month)
    {
        Assert.Equal(month, NarrativeDates.Month(word));
    }
}
