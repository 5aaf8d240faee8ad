using Ganss.Xss;
using Markdig;

namespace DemandAtlas.Web.Infrastructure;

/// <summary>
/// The one way Markdown becomes HTML in DemandAtlas: a single Markdig pipeline with raw HTML off, then a
/// sanitizer with a short allow-list as a second wall, so neither a document nor an editor can inject
/// script, styles (the CSP forbids inline ones) or unsafe links.
/// </summary>
public static partial class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UsePipeTables()
        .Build();

    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "strong", "em", "b", "i",
        "del", "sub", "sup", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
    };

    private static readonly Lazy<HtmlSanitizer> Sanitizer = new(CreateSanitizer);

    public static string ToSafeHtml(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var html = Markdig.Markdown.ToHtml(markdown, Pipeline);
        return OnlyPlainAllowedTags(html) ? html.Trim() : Sanitizer.Value.Sanitize(html).Trim();
    }

    /// <summary>
    /// With raw HTML off, Markdig only emits attributes for links, images, code languages and table alignment.
    /// Output with no attributes and only allow-listed tags is already what the sanitizer would keep, so the
    /// (costly) sanitizer runs only when there is something for it to judge. Bulk imports depend on this.
    /// </summary>
    private static bool OnlyPlainAllowedTags(string html)
    {
        foreach (System.Text.RegularExpressions.Match tag in Tag().Matches(html))
        {
            var attributes = tag.Groups["attributes"].Value.Trim();
            if ((attributes.Length > 0 && attributes != "/") || !AllowedTags.Contains(tag.Groups["name"].Value))
            {
                return false;
            }
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>[^>]*)>")]
    private static partial System.Text.RegularExpressions.Regex Tag();

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase) { "a" },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        var sanitizer = new HtmlSanitizer(options);
        // Links that leave the site must not hand over the referrer or window.opener.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } anchor && anchor.GetAttribute("href") is { } href
                && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
