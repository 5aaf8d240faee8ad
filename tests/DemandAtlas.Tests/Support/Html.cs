using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DemandAtlas.Tests.Support;

/// <summary>Fetches a page and parses it with AngleSharp (never regex).</summary>
public static class Html
{
    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await ParseAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }

    public static async Task<IDocument> ParseAsync(string html) => await new HtmlParser().ParseDocumentAsync(html);

    /// <summary>Text of every link to a jurisdiction profile in the page's main landmark.</summary>
    public static IReadOnlyList<string> ProfileLinks(this IDocument document) =>
        [.. document.QuerySelectorAll("main a[href^='/jurisdictions/']").Select(a => a.TextContent.Trim())];

    public static string MainText(this IDocument document) => document.QuerySelector("main")?.TextContent ?? "";
}
