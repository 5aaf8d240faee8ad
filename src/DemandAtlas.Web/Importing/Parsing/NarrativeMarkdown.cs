using System.Text.RegularExpressions;
using System.Text;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Narrative paragraphs as Markdown: title-like lines become headings, bullets a list, whole-paragraph
/// quotations become blockquotes, and characters Markdown would read as markup are escaped, since the
/// documents are plain text.
/// </summary>
public static partial class NarrativeMarkdown
{
    public static string Build(IEnumerable<NarrativeParagraph> paragraphs)
    {
        var markdown = new StringBuilder();
        var afterBullet = false;
        foreach (var paragraph in paragraphs)
        {
            if (markdown.Length > 0)
            {
                // Consecutive bullets are one list.
                markdown.Append(afterBullet && paragraph.IsBullet ? "\n" : "\n\n");
            }

            afterBullet = paragraph.IsBullet;
            if (paragraph.IsBullet)
            {
                markdown.Append("- ").Append(Escape(paragraph.Text));
            }
            else if (paragraph.IsHeading)
            {
                markdown.Append("### ").Append(Escape(paragraph.Text.TrimEnd(':').Trim()));
            }
            else if (paragraph.IsQuote)
            {
                markdown.Append("> ").Append(Escape(paragraph.Text));
            }
            else
            {
                markdown.Append(Escape(paragraph.Text));
            }
        }

        return markdown.ToString();
    }

    /// <summary>Escapes inline markup everywhere and block markup (#, &gt;, lists) at the start.</summary>
    public static string Escape(string text)
    {
        var escaped = InlineMarkup().Replace(text, @"\$0");
        return BlockStart().Replace(escaped, m => m.Value.Length > 1 ? m.Value[..^1] + "\\" + m.Value[^1] : "\\" + m.Value);
    }

    [GeneratedRegex(@"[\\`*_\[\]<>|~]")]
    private static partial Regex InlineMarkup();

    [GeneratedRegex(@"^(?:[#+\-=]|\d+[.)])")]
    private static partial Regex BlockStart();
}
