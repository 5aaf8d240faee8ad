using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace DemandAtlas.Web.Editing;

/// <summary>
/// A line-by-line diff of two texts, to read what an edit changed (history, merge pages). DiffPlex finds the
/// changes (Myers' algorithm, linear in memory, so long texts need no size guard); within a changed block removed
/// lines come before added ones. Whitespace and case count: an edit that only re-indents is an edit.
/// </summary>
public static class LineDiff
{
    public enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public sealed record Line(Kind Kind, string Text);

    public static IReadOnlyList<Line> Compare(string before, string after) =>
        [.. InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: false, ignoreCase: false, chunker: Lines.Instance).Lines
            .Select(piece => new Line(
                piece.Type switch
                {
                    ChangeType.Deleted => Kind.Removed,
                    ChangeType.Inserted => Kind.Added,
                    _ => Kind.Same,
                },
                piece.Text ?? ""))];

    /// <summary>
    /// Lines as staff typed them: CRLF and LF both end a line, a trailing line break leaves an empty last line
    /// (so adding one shows), and an empty text has no lines at all rather than one empty line.
    /// </summary>
    private sealed class Lines : IChunker
    {
        public static readonly Lines Instance = new();

        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }
}
