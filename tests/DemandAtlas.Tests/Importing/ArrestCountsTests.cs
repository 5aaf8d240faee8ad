using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

/// <summary>How many were arrested, and whether they were buyers.</summary>
public sealed class ArrestCountsTests
{
    private static readonly TacticLexicon Lexicon = TacticLexicon.FromCatalog();

    [Theory]
    [InlineData("Nineteen men who answered the ads and drove to the motel were arrested.", 19)]
    [InlineData("Detectives arrested a total of 27 men at the hotel.", 27)]
    [InlineData("Deputies ran four stings in the truck stop lots, arresting a combined 31 buyers.", 31)]
    [InlineData("The police did a sting on Elm st and arested 8 guys for soliciting.", 8)]
    [InlineData("The sting led to six more arrests.", 6)]
    [InlineData("Eleven more were arrested in a second sting.", 11)]
    [InlineData("Of the 30 people arrested at the hotel, 22 were men who had answered a decoy ad.", 22)]
    [InlineData("Nine men and four women were arrested at the truck stop.", 9)]
    [InlineData("Officers arrested twenty three men over two nights.", 23)]
    [InlineData("Deputies arested 14 men on the strip.", 14)]
    [InlineData("Seven men were taken into custody at the truck stop.", 7)]
    [InlineData("On August 3, 2021, a joint operation with the sheriff ended with 19 arrests: eleven men attempting to buy sex and eight women advertising sex for sale.", 11)]
    [InlineData("Twelvemen were arrested at the rest area.", 12)]
    [InlineData("The rally operation produced 13 arrests of men seeking to buy sex, along with the arrest of two men on trafficking charges.", 13)]
    [InlineData("By late Sunday night eleven men had come to the motel expecting to pay for sex and had been arrested.", 11)]
    [InlineData("Agents answered the men who replied; over the three years 38\u00a0men were arrested for soliciting.", 38)]
    public void Buyers_are_counted_in_digits_words_and_the_shapes_sentences_take(string sentence, int count)
    {
        Assert.Equal(count, OperationExtractor.CountIn(sentence));
    }

    [Theory]
    [InlineData("Nine who came to the apartment were charged with soliciting.", 9)]
    [InlineData("The detail produced 27 buyer arrests over two years.", 27)]
    [InlineData("A second sweep netted 15.", 15)]
    [InlineData("Detectives arrested 8 at a motel near the airport.", 8)]
    public void A_count_whose_noun_is_understood_or_made_an_attribute_is_still_read(string sentence, int count)
    {
        Assert.Equal(count, OperationExtractor.CountIn(sentence));
    }

    [Theory]
    [InlineData("Of the 40 who answered, none were arrested.")]
    [InlineData("Detectives arrested 3 of the women at the motel.")]
    public void A_bare_count_that_is_not_the_arrested_is_not_read(string sentence)
    {
        Assert.Null(OperationExtractor.CountIn(sentence));
    }

    [Theory]
    [InlineData("Officers arrested eight women on prostitution charges.")]
    [InlineData("Police arrested 3 on trafficking charges.")]
    [InlineData("Investigators arrested two men who had trafficked girls through the motel.")]
    [InlineData("Police charged three men with human trafficking.")]
    [InlineData("The sweep led to the arrests of 12 women for prostitution.")]
    [InlineData("Deputies arrested two men for compelling prostitution.")]
    [InlineData("Officers arrested 2 men for deriving support from the proceeds of prostitution.")]
    [InlineData("Police made 25 prostitution arrests on the strip that year, most of them of women.")]
    [InlineData("Detectives charged two men with keeping a place of prostitution above the laundromat.")]
    [InlineData("The three arrests that neighbours took for a sting were arrests of women for prostitution.")]
    public void Arrests_of_sellers_or_traffickers_are_no_count_of_buyers(string sentence)
    {
        Assert.Null(OperationExtractor.CountIn(sentence));
        Assert.True(ArrestCounts.OnlySellers(ArrestCounts.In(sentence)));
    }

    [Fact]
    public void Four_men_arrested_in_a_human_trafficking_sting_are_buyers()
    {
        Assert.Equal(4, OperationExtractor.CountIn("In March, 2021, four men were arrested during a human trafficking sting."));
    }

    [Theory]
    [InlineData("In June, 2015, vice officers arrested nine women on the avenue on prostitution charges.")]
    [InlineData("In 2016, detectives arrested two men who had trafficked women through the motel.")]
    [InlineData("Between 2017 and 2018 no buyer stings were held at all.")]
    [InlineData("In 2019 the department announced a new approach: street stings, online stings and a class.")]
    [InlineData("In 2020 residents asked the sheriff to start an operation against buyers.")]
    [InlineData("In 2021 the chief said the department has no plans for a second sting.")]
    public void A_dated_sentence_about_sellers_traffickers_or_no_operation_is_no_operation(string sentence)
    {
        Assert.Empty(ProfileParser.Parse(Profiles.Document(narrative: [sentence]), "ops.txt", Lexicon).Operations);
    }

    [Fact]
    public void Two_dated_clauses_of_one_sentence_are_two_operations()
    {
        var text = Profiles.Document(narrative: ["In April, 2017, 12 men were arrested by officers posing as prostitutes; in July, 2017, another 8 men were arrested after answering a decoy ad."]);

        var operations = ProfileParser.Parse(text, "clauses.txt", Lexicon).Operations;

        Assert.Equal([(2017, (int?)4, (int?)12), (2017, 7, 8)], operations.Select(o => (o.Year, o.Month, o.Arrests)));
    }

    [Fact]
    public void Clauses_that_share_the_first_clauses_verb_take_its_arrest_for_their_counts()
    {
        var text = Profiles.Document(narrative: ["Fourteen men were arrested in the first sting, in June, 2013; eleven in the second, in May, 2014; and 9 during a third in the fall of 2015."]);

        var operations = ProfileParser.Parse(text, "elided.txt", Lexicon).Operations;

        Assert.Equal([(2013, (int?)6, (int?)14), (2014, 5, 11), (2015, null, 9)], operations.Select(o => (o.Year, o.Month, o.Arrests)));
    }

    [Fact]
    public void Two_dated_clauses_joined_by_and_are_two_operations()
    {
        var text = Profiles.Document(narrative: ["In April, 2012, a sweep on the boulevard ended with 16 arrests, and a second in August, 2012 netted 7."]);

        var operations = ProfileParser.Parse(text, "and.txt", Lexicon).Operations;

        Assert.Equal([(2012, (int?)4, (int?)16), (2012, 8, 7)], operations.Select(o => (o.Year, o.Month, o.Arrests)));
    }

    [Fact]
    public void Years_and_counts_given_respectively_pair_up_in_order()
    {
        var text = Profiles.Document(narrative: ["Police ran similar operations in 2012 and 2015, arresting six and ten men respectively."]);

        var operations = ProfileParser.Parse(text, "respectively.txt", Lexicon).Operations;

        Assert.Equal([(2012, (int?)6), (2015, 10)], operations.Select(o => (o.Year, o.Arrests)));
    }

    [Fact]
    public void A_range_in_a_respectively_list_is_one_operation_dated_by_its_first_year()
    {
        var text = Profiles.Document(narrative: ["Deputies held street stings in 2014 and from 2017 to 2019, with 9 and 31 men arrested respectively."]);

        var operations = ProfileParser.Parse(text, "range.txt", Lexicon).Operations;

        Assert.Equal([(2014, (int?)9), (2017, 31)], operations.Select(o => (o.Year, o.Arrests)));
    }

    [Fact]
    public void A_month_dated_by_the_sentence_before_gives_the_operation_its_month()
    {
        var text = Profiles.Document(narrative: ["The unit turned to online work in 2020. That March, detectives posted a decoy ad on an escort site and arrested six men."]);

        var operation = Assert.Single(ProfileParser.Parse(text, "that-month.txt", Lexicon).Operations);

        Assert.Equal((2020, (int?)3, (int?)6), (operation.Year, operation.Month, operation.Arrests));
    }

    [Fact]
    public void A_count_in_a_later_undated_sentence_completes_a_dated_one_without_a_count()
    {
        var text = Profiles.Document(narrative: ["In October, 2014, officers posed as women near the depot. Twelve men were charged with soliciting."]);

        var operation = Assert.Single(ProfileParser.Parse(text, "later.txt", Lexicon).Operations);

        Assert.Equal((2014, (int?)10, (int?)12), (operation.Year, operation.Month, operation.Arrests));
    }
}
