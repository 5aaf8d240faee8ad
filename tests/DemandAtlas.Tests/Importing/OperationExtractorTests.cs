using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

public sealed class OperationExtractorTests
{
    private static readonly TacticLexicon Lexicon = TacticLexicon.FromCatalog();

    [Theory]
    [InlineData("In March 2019, police arrested 6 men.", 2019, 3, null)]
    [InlineData("On June 3, 2021, deputies arrested seven men in a sting.", 2021, 6, 3)]
    [InlineData("During 2015, officers ran three operations.", 2015, null, null)]
    [InlineData("in January, 2017, state police arrested 10 area men.", 2017, 1, null)]
    [InlineData("In Sept. 2020 a sweep took place.", 2020, 9, null)]
    [InlineData("In April of 2012, Metropolitan Police arrested 27 men over three days in a reverse sting operation.", 2012, 4, null)]
    [InlineData("In the spring of 2018, deputies arrested 5 men.", 2018, null, null)]
    [InlineData("Between 2015 and 2017, police arrested 40 men in stings.", 2015, null, null)]
    [InlineData("Operations running from 2014 to 2016 netted 30 buyers.", 2014, null, null)]
    [InlineData("In 2019 and 2020, officers arrested 12 johns.", 2019, null, null)]
    [InlineData("In late summer 2021, a sweep took place.", 2021, null, null)]
    public void Dates_are_read_with_year_and_optional_month_and_day(string sentence, int year, int? month, int? day)
    {
        Assert.Equal((year, month, day), OperationExtractor.ReadDate(sentence));
    }

    [Theory]
    [InlineData("Police arrested 10 area men in a sting.", 10)]
    [InlineData("Four men were arrested during the sting.", 4)]
    [InlineData("Eleven suspects were charged with soliciting.", 11)]
    [InlineData("Deputies arrested a dozen would-be buyers.", 12)]
    [InlineData("Twenty-two men were arrested.", 22)]
    [InlineData("The sweep resulted in 35 arrests.", 35)]
    [InlineData("The operation led to the arrests of nine.", 9)]
    [InlineData("In October 2016, police impounded the vehicles of 14 men arrested for soliciting undercover officers.", 14)]
    [InlineData("The names of the eight johns who were charged were published.", 8)]
    public void Arrest_counts_are_read_in_digits_or_words(string sentence, int count)
    {
        Assert.Equal(count, OperationExtractor.CountIn(sentence));
    }

    [Theory]
    [InlineData("The town was founded in 1790 by four families.")]
    [InlineData("In the early 2000s the stroll moved east.")]
    [InlineData("Police said 14 men were seen on the stroll but none were arrested.")]
    public void Sentences_without_an_arrest_count_give_none(string sentence)
    {
        Assert.Null(OperationExtractor.CountIn(sentence));
    }

    [Fact]
    public void One_paragraph_can_hold_several_operations_each_with_its_own_tactics_and_partners()
    {
        var text = Profiles.Document(
            narrative:
            [
                "In March 2019, Testford police arrested 6 men in a reverse sting. " +
                "On June 3, 2021, the Vermont State Police posted a decoy ad online and arrested eleven buyers at a motel. " +
                "Their names were released to the press. During 2015, officers ran a street operation.",
            ],
            partners: ["• Testford Police Department", "• Vermont State Police"]);

        var profile = ProfileParser.Parse(text, "ops.txt", Lexicon);

        Assert.Collection(
            profile.Operations,
            first =>
            {
                Assert.Equal((2019, (int?)3, (int?)null, (int?)6), (first.Year, first.Month, first.Day, first.Arrests));
                Assert.Equal(["buyer-arrests", "reverse-stings"], first.Tactics);
                Assert.Equal(["Testford Police Department"], first.Partners);
            },
            second =>
            {
                Assert.Equal((2021, (int?)6, (int?)3, (int?)11), (second.Year, second.Month, second.Day, second.Arrests));
                Assert.Equal(["buyer-arrests", "identity-disclosure", "web-stings"], second.Tactics);
                Assert.Equal(["Vermont State Police"], second.Partners);
            },
            third =>
            {
                Assert.Equal((2015, (int?)null, (int?)null, (int?)null), (third.Year, third.Month, third.Day, third.Arrests));
                Assert.Empty(third.Partners);
            });
        Assert.All(profile.Operations, o => Assert.Equal(3, o.Line));
    }

    [Fact]
    public void An_uncounted_operation_that_ends_its_paragraph_takes_the_count_the_next_paragraph_gives_past_a_sub_heading()
    {
        var text = Profiles.Document(narrative:
        [
            "In May, 2021, Testford detectives ran a two-night operation at a roadside motel.",
            "What the detectives did in 2021:",
            "They answered replies to a decoy ad and arrested each man who came to the room. Nine men were charged.",
            "In the fall of 2023, a second operation took place. Police later said 4 men were arrested in 2024.",
        ]);

        var operations = ProfileParser.Parse(text, "carry.txt", Lexicon).Operations;

        Assert.Equal([(2021, (int?)5, (int?)9), (2023, null, null), (2024, null, 4)], operations.Select(o => (o.Year, o.Month, o.Arrests)));
    }

    [Fact]
    public void A_sentence_that_counts_operations_the_next_sentences_date_one_by_one_is_not_one_itself()
    {
        var text = Profiles.Document(narrative:
        [
            "During 2018 the Testford vice unit ran three operations. On April 9, officers posing as women arrested six men. The second, in late October, ended with nine men charged with soliciting.",
            "In 2020 detectives ran two operations and arrested 12 men.",
        ]);

        var operations = ProfileParser.Parse(text, "several.txt", Lexicon).Operations;

        Assert.Equal([(2018, (int?)4, (int?)6), (2018, 10, 9), (2020, null, 12)], operations.Select(o => (o.Year, o.Month, o.Arrests)));
    }

    [Theory]
    [InlineData("Last year, police arrested 6 men in a sting.")]
    [InlineData("In the spring, deputies arrested a dozen men.")]
    [InlineData("Police arrested 40 men in the 2010s.")]
    public void A_sentence_without_a_year_is_no_operation(string sentence)
    {
        Assert.Null(OperationExtractor.ReadDate(sentence));
        Assert.Empty(ProfileParser.Parse(Profiles.Document(narrative: [sentence]), "nodate.txt", Lexicon).Operations);
    }

    [Fact]
    public void An_operation_the_next_sentence_says_never_came_about_is_not_made()
    {
        var text = Profiles.Document(narrative: ["2021 — The chief told the council the department \"may try an online operation next year.\" None has been held since."]);

        Assert.Empty(ProfileParser.Parse(text, "never.txt", Lexicon).Operations);
    }

    [Fact]
    public void A_participle_count_makes_an_operation_with_seizure_arrests_and_a_reverse_sting()
    {
        var text = Profiles.Document(narrative: ["In October 2016, police impounded the vehicles of 14 men arrested for soliciting undercover officers."]);

        var operation = Assert.Single(ProfileParser.Parse(text, "impound.txt", Lexicon).Operations);

        Assert.Equal((2016, (int?)10, (int?)14), (operation.Year, operation.Month, operation.Arrests));
        Assert.Equal(["auto-seizure", "buyer-arrests", "reverse-stings"], operation.Tactics);
    }

    [Fact]
    public void A_clause_ending_on_its_count_is_a_second_operation()
    {
        var text = Profiles.Document(narrative: ["In May, 2015, officers posing as women on Dray Street arrested 11 men, and a follow-up in the spring of 2016 led to 6 more."]);

        var operations = ProfileParser.Parse(text, "more.txt", Lexicon).Operations;

        Assert.Equal([(2015, (int?)5, (int?)11), (2016, null, 6)], operations.Select(o => (o.Year, o.Month, o.Arrests)));
    }

    [Fact]
    public void A_count_then_a_dated_count_complete_the_dated_sentence_before_and_add_a_second_operation()
    {
        var text = Profiles.Document(narrative: ["In October, 2019, deputies placed decoy ads on a dating site and answered the replies for a week. "
            + "Nine men were arrested at a motel on the ring road, and three more were arrested in a smaller follow-up in December, 2019."]);

        var operations = ProfileParser.Parse(text, "follow-up.txt", Lexicon).Operations;

        Assert.Equal([(2019, (int?)10, (int?)9), (2019, 12, 3)], operations.Select(o => (o.Year, o.Month, o.Arrests)));
    }

    [Fact]
    public void A_count_and_a_dated_count_with_no_dated_sentence_before_stay_one_sentence()
    {
        var text = Profiles.Document(narrative: ["The town hired two more officers. Nine men were arrested at the motel, and three more were arrested in December, 2019."]);

        var operation = Assert.Single(ProfileParser.Parse(text, "one.txt", Lexicon).Operations);

        Assert.Equal((2019, (int?)12), (operation.Year, operation.Month));
    }

    [Fact]
    public void Counted_operations_over_a_range_of_years_are_an_operation_without_a_count()
    {
        var text = Profiles.Document(narrative: ["Between 2019 and 2021 the sheriff's office ran three more decoy operations at motels; how many men were arrested was never made public."]);

        var operation = Assert.Single(ProfileParser.Parse(text, "range.txt", Lexicon).Operations);

        Assert.Equal((2019, (int?)null, (int?)null), (operation.Year, operation.Month, operation.Arrests));
    }

    [Fact]
    public void A_count_in_the_next_sentence_completes_a_dated_operation()
    {
        var text = Profiles.Document(narrative: ["In August 2022, deputies ran a john sting at a truck stop. Nine men were arrested."]);

        var operation = Assert.Single(ProfileParser.Parse(text, "next.txt", Lexicon).Operations);

        Assert.Equal(9, operation.Arrests);
        Assert.Contains("reverse-stings", operation.Tactics);
    }

    [Fact]
    public void County_and_neighbours_are_read_from_the_narrative()
    {
        var text = Profiles.Document(narrative:
        [
            "Testford is a town in Green County, Vermont. Other towns in Green County that have acted against demand include Alpha, Beta Falls, and Gamma.",
        ]);

        var profile = ProfileParser.Parse(text, "n.txt", Lexicon);

        Assert.Equal("Green County", profile.County);
        Assert.Equal(["Alpha", "Beta Falls", "Gamma"], profile.Neighbours.Select(n => n.Name));
    }
}
