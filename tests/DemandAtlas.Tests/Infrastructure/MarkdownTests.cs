using AngleSharp.Html.Parser;

namespace DemandAtlas.Tests.Infrastructure;

public sealed class MarkdownTests
{
    [Fact]
    public void Paragraphs_headings_and_quotes_render()
    {
        var html = Markdown.ToSafeHtml("First paragraph.\n\n### A heading\n\n> A quotation.");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("First paragraph.", document.QuerySelector("p")!.TextContent);
        Assert.Equal("A heading", document.QuerySelector("h3")!.TextContent);
        Assert.NotNull(document.QuerySelector("blockquote"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<span style=\"color:red\">styled</span>")]
    public void Raw_html_scripts_styles_and_unsafe_links_never_come_through(string markdown)
    {
        var html = Markdown.ToSafeHtml(markdown);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, img, span, [style], [onerror]"));
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("javascript", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public void Http_links_are_kept_and_marked_nofollow_noopener()
    {
        var html = Markdown.ToSafeHtml("See [the report](https://example.org/report).");

        var link = new HtmlParser().ParseDocument(html).QuerySelector("a")!;
        Assert.Equal("https://example.org/report", link.GetAttribute("href"));
        Assert.Contains("noopener", link.GetAttribute("rel"), StringComparison.Ordinal);
    }
}
