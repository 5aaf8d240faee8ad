using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

/// <summary>Captures that lost their blank lines, colons or title, and things that look like sections but are not.</summary>
public sealed class LayoutNoiseTests
{
    private static readonly TacticLexicon Lexicon = TacticLexicon.FromCatalog();

    private static ParsedProfile Parse(string text) => ProfileParser.Parse(text, "layout.txt", Lexicon);

    [Fact]
    public void Paragraphs_with_no_blank_lines_are_one_a_line_and_sections_need_no_blank_line_before()
    {
        var text = string.Join('\n',
            "Testford, VT",
            "Testford is a town of farms and mills.",
            "2020: A Quiet Year",
            "In March, 2021, officers posed as women near the mill. Seven men were arrested.",
            "Key Partners",
            "• Testford Police Department",
            "State Vermont",
            "Type Town");

        var profile = Parse(text);

        Assert.Equal("Testford is a town of farms and mills.\n\n### 2020: A Quiet Year\n\nIn March, 2021, officers posed as women near the mill. Seven men were arrested.", profile.NarrativeMarkdown);
        Assert.Equal((2021, (int?)3, (int?)7), profile.Operations.Select(o => (o.Year, o.Month, o.Arrests)).Single());
        Assert.Equal(["Testford Police Department"], profile.Partners.Select(p => p.Name));
    }

    [Fact]
    public void Bullets_inside_the_narrative_are_a_list_in_the_narrative_not_partners()
    {
        var profile = Parse(Profiles.Document(narrative:
        [
            "To reclaim a towed car, an owner must bring:",
            "• a title or registration\n• proof of insurance\n• the release fee",
        ]));

        Assert.Empty(profile.Partners);
        Assert.EndsWith("- a title or registration\n- proof of insurance\n- the release fee", profile.NarrativeMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_sources_headings_without_colons_bulleted_citations_and_a_heading_above_the_footer_are_read()
    {
        var text = Profiles.Document(
            sources:
            [
                "Reverse Stings, Vehicle Seizure",
                "• \"Nine Charged in Depot Sting\", Testford Gazette, May 2, 2019",
                "• \"Cars Towed After Sweep\", Valley Times, May 9, 2019",
                "Officers Return to the Depot",
                "https://news.example.org/depot",
                "Background on Local Prostitution:",
            ],
            metadata: ["State Vermont", "Type Town"]);

        var profile = Parse(text);

        Assert.Equal(
            [("Reverse Stings, Vehicle Seizure", 3), ("Background on Local Prostitution", 0)],
            profile.Sources.Select(s => (s.Category, s.Items.Count)));
        Assert.Equal(["reverse-stings", "auto-seizure"], profile.Sources[0].Tactics);
        Assert.Equal(new ParsedCitation("Nine Charged in Depot Sting", "Testford Gazette", "May 2, 2019", null, profile.Sources[0].Items[0].Line), profile.Sources[0].Items[0]);
        Assert.Equal(("Officers Return to the Depot", "https://news.example.org/depot"), (profile.Sources[0].Items[2].Title, profile.Sources[0].Items[2].Url));
        Assert.Empty(profile.Partners);
    }

    [Fact]
    public void A_url_under_a_full_dashed_citation_is_a_citation_of_its_own()
    {
        var profile = Parse(Profiles.Document(sources: ["Web Stings:", "Six Charged in Hotel Sting – Testford Gazette – June 1, 2020", "https://news.example.org/hotel"]));

        Assert.Equal(2, Assert.Single(profile.Sources).Items.Count);
    }

    [Theory]
    [InlineData("Testford is a small town in the hills.", JurisdictionType.Town)]
    [InlineData("Testford is a former mill city of some 20,000 people.", JurisdictionType.City)]
    [InlineData("Testford Township is a suburban township.", JurisdictionType.Township)]
    public void With_no_type_in_the_footer_the_narrative_says_what_the_place_is(string opening, JurisdictionType type)
    {
        var profile = Parse(Profiles.Document(narrative: [opening], metadata: ["State Vermont"]));

        Assert.Equal(type, profile.Type);
        Assert.DoesNotContain(profile.Warnings, w => w.Code == WarningCodes.MissingMetadata);
    }

    [Fact]
    public void The_footer_type_wins_over_the_narrative()
    {
        var profile = Parse(Profiles.Document(narrative: ["Testford is a small city."], metadata: ["Type Village"]));

        Assert.Equal(JurisdictionType.Village, profile.Type);
    }

    [Theory]
    [InlineData("Testford is a town of about 9,000 people.", true)]
    [InlineData("Testford is a town of about 12,500 people.", false)]
    [InlineData("Testford is a town of fewer than 13,000 residents.", false)]
    [InlineData("Testford has more than 600 letters on file.", false)]
    public void A_narrative_population_that_disagrees_with_the_footer_is_noted_and_the_footer_wins(string opening, bool disagrees)
    {
        var profile = Parse(Profiles.Document(narrative: [opening], metadata: ["Population 12,730"]));

        Assert.Equal(12730, profile.Population);
        Assert.Equal(disagrees, profile.Warnings.Any(w => w.Code == WarningCodes.PopulationDisagrees && w.Line == 3));
    }

    [Theory]
    [InlineData("Testford is a mill town of about 9,000 residents in Green County, Vermont.\n\nState Vermont\n")]
    [InlineData("\nTactics Used\n\nReverse Stings\n\nTestford is a town.\n")]
    public void A_capture_whose_title_line_is_missing_fails_with_the_reason(string text)
    {
        var error = Assert.Single(Parse(text).Errors);

        Assert.Contains("no recognisable title", error.Message, StringComparison.Ordinal);
        Assert.Contains("title line seems to be missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_page_pasted_after_the_footer_is_not_read_into_the_first()
    {
        var text = string.Join('\n',
            "Testford, VT",
            "In 2019 officers posing as women near the mill arrested six men.",
            "Key Partners",
            "• Testford Police Department",
            "State Vermont",
            "Population 9,120",
            "Comments are closed.",
            "Harrowgate, NH",
            "In 2021 Harrowgate detectives answered ads and arrested eleven men.",
            "Key Partners",
            "• Harrowgate Police Department",
            "State New Hampshire",
            "Population 30,400");

        var profile = Parse(text);

        Assert.Equal(("Testford", "VT", (int?)9120), (profile.Name, profile.StateCode, profile.Population));
        Assert.Equal(["Testford Police Department"], profile.Partners.Select(p => p.Name));
        Assert.Equal((2019, (int?)6), profile.Operations.Select(o => (o.Year, o.Arrests)).Single());
        Assert.DoesNotContain(profile.Tactics, t => t.Slug == "web-stings");
        Assert.Contains(profile.Warnings, w => w.Line == 8 && w.Message.Contains("Harrowgate, NH", StringComparison.Ordinal));
    }
}
