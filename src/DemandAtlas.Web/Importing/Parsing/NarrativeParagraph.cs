namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>A narrative paragraph: its lines joined, where each line starts (for line numbers), and its role.</summary>
public sealed class NarrativeParagraph(string text, int line, int[] lineStarts)
{
    public string Text { get; } = text;
    public int Line { get; } = line;

    /// <summary>A one-line paragraph ending in a colon that reads like a title ("Recent operations:").</summary>
    public bool IsHeading { get; } = lineStarts.Length == 1 && text.EndsWith(':') && text.Length <= 80
        && !text[..^1].Contains(". ", StringComparison.Ordinal) && text.Count(c => c == ' ') < 10;

    /// <summary>A paragraph that is wholly a quotation.</summary>
    public bool IsQuote { get; } = text.Length > 2 && text[0] == '"' && text[^1] == '"' && text.Count(c => c == '"') == 2;

    private List<(string Text, int Line)>? sentences;
    private List<string>[]? tactics;

    /// <summary>Sentences with their document line numbers (split once, shared by every rule).</summary>
    public IReadOnlyList<(string Text, int Line)> Sentences() =>
        sentences ??= [.. ProfileText.Sentences(Text).Select(s => (s.Text, LineAt(s.Offset)))];

    /// <summary>The tactics each sentence supports (matched once, shared by evidence and operations).</summary>
    public IReadOnlyList<string> TacticsOf(int sentence)
    {
        tactics ??= [.. Sentences().Select(s => NarrativeTactics.Match(s.Text))];
        return tactics[sentence];
    }

    public int LineAt(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        return Line + (index >= 0 ? index : ~index - 1);
    }

    /// <summary>Blank-line separated paragraphs; the lines of one paragraph are joined with single spaces.</summary>
    public static List<NarrativeParagraph> Split(List<(string Text, int Line)> lines)
    {
        var paragraphs = new List<NarrativeParagraph>();
        var current = new List<(string Text, int Line)>();
        foreach (var line in lines.Append((Text: "", Line: 0)))
        {
            if (line.Text.Length > 0)
            {
                current.Add((ProfileText.Squash(line.Text), line.Line));
                continue;
            }

            if (current.Count == 0)
            {
                continue;
            }

            var starts = new int[current.Count];
            var offset = 0;
            for (var i = 0; i < current.Count; i++)
            {
                starts[i] = offset;
                offset += current[i].Text.Length + 1;
            }

            paragraphs.Add(new NarrativeParagraph(string.Join(' ', current.Select(c => c.Text)), current[0].Line, starts));
            current.Clear();
        }

        return paragraphs;
    }
}
