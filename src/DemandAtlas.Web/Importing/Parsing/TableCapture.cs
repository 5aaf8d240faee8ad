using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// A `Tactics Used` block captured from an HTML table: a `Categories:` line before it, then `Tactics Used |`, a lone
/// `|`, a `---|---|` rule and one row a tactic (`Auto Seizure | ✓ |`). The markup is dropped and each row is a block
/// item, so the block is judged by what it names like any other (<see cref="MenuBlocks"/>). Only a row whose mark
/// cells are all empty is left out: the table then said the tactic does not apply.
/// </summary>
public static partial class TableCapture
{
    /// <summary>The page's category line (`Categories:`, `Categories: Community Profiles, Minnesota`): site navigation.</summary>
    public static bool IsCategories(string trimmed) => Categories().IsMatch(trimmed);

    /// <summary>A line of table markup only: `|`, `---|---|`, `:--|`.</summary>
    public static bool IsRule(string trimmed) => trimmed.Length > 0 && Rule().IsMatch(trimmed);

    /// <summary>A table row's tactic name and whether it is marked, or null when the line is no table row.</summary>
    public static (string Name, bool Marked)? Row(string trimmed)
    {
        var bar = trimmed.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0)
        {
            return null;
        }

        var cells = trimmed.Split('|');
        var name = cells[0].Trim();
        var marks = cells.Skip(1).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        // A row with no mark cells at all (`Cameras |`) lists the tactic; a mark cell that is empty or a cross does not.
        var marked = (cells.Length <= 2 && marks.Count == 0) || marks.Any(m => m is "✓" or "✔" or "☑" or "x" or "X" or "yes" or "Yes" or "•");
        return name.Length == 0 ? null : (name, marked);
    }

    [GeneratedRegex(@"^Categor(?:y|ies)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Categories();

    [GeneratedRegex(@"^[\s|:\-–—]+$")]
    private static partial Regex Rule();
}
