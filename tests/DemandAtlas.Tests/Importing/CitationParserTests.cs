using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

public sealed class CitationParserTests
{
    private static readonly TacticLexicon Lexicon = TacticLexicon.FromCatalog();

    [Fact]
    public void A_line_with_two_bare_urls_gives_two_items()
    {
        var items = CitationParser.ParseAll("http://example.com/a http://example.com/b", 7);

        Assert.Equal(
            [new ParsedCitation(null, null, null, "http://example.com/a", 7), new ParsedCitation(null, null, null, "http://example.com/b", 7)],
            items);
    }

    [Fact]
    public void A_headline_followed_by_several_urls_gives_one_item_per_url_with_the_headline()
    {
        var items = CitationParser.ParseAll("Sting nets 12 buyers – Testford Gazette – 2019 https://a.example.org/1 <https://b.example.org/2>", 3);

        Assert.Equal(["https://a.example.org/1", "https://b.example.org/2"], items.Select(i => i.Url));
        Assert.All(items, i => Assert.Equal(("Sting nets 12 buyers", "Testford Gazette", "2019"), (i.Title, i.Outlet, i.Date)));
    }

    [Theory]
    [InlineData("https://web.archive.org/web/2019/http://example.com/story")]
    [InlineData("Headline only – Outlet – 2020")]
    [InlineData("Sting follows months of planning https://courier.example.com/a/1")]
    public void A_line_with_one_url_or_none_is_one_item(string line)
    {
        Assert.Single(CitationParser.ParseAll(line, 1));
    }

    [Fact]
    public void Two_urls_on_one_line_in_key_sources_are_two_links()
    {
        var profile = ProfileParser.Parse(
            Profiles.Document(sources: ["john schools, vehicle seizure:", "http://example.com/a http://example.com/b"]),
            "two.txt",
            Lexicon);

        Assert.Equal(["http://example.com/a", "http://example.com/b"], Assert.Single(profile.Sources).Items.Select(i => i.Url));
    }
}
