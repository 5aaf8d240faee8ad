namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>A tactic a narrative sentence names, and whether a cue beside it voids it or leaves it doubtful.</summary>
public sealed record SentenceFinding(string Slug, CueKind Cue, string? Why);

/// <summary>A narrative paragraph: its lines joined, where each line starts (for line numbers), and its role.</summary>
public sealed class NarrativeParagraph
{
    private List<(string Text, int Line)>? sentences;
    private IReadOnlyList<SentenceFinding>[]? findings;
    private readonly int[] lineStarts;

    public NarrativeParagraph(string text, int line, int[] lineStarts, bool isBullet = false)
    {
        Text = text;
        Line = line;
        IsBullet = isBullet;
        this.lineStarts = lineStarts;
        IsHeading = !isBullet && lineStarts.Length == 1 && LooksLikeHeading(text);
        IsQuote = text.Length > 2 && text[0] == '"' && text[^1] == '"' && text.Count(c => c == '"') == 2;
    }

    public string Text { get; }
    public int Line { get; }

    /// <summary>An item of a bulleted list inside the narrative (its bullet removed): narrative text, never a partner.</summary>
    public bool IsBullet { get; }

    /// <summary>
    /// A one-line paragraph that reads like a title: ending in a colon ("Recent operations:"), or short, without a
    /// full stop and with a colon inside ("2019: Sweep at the Fairgrounds", "Operation Low Tide: Turning to the
    /// Buyers"). A sub-heading, even one containing "Tactics Used", is never a section and never evidence.
    /// </summary>
    public bool IsHeading { get; }

    /// <summary>A paragraph that is wholly a quotation.</summary>
    public bool IsQuote { get; }

    /// <summary>Sentences with their document line numbers (split once, shared by every rule).</summary>
    public IReadOnlyList<(string Text, int Line)> Sentences() =>
        sentences ??= [.. ProfileText.Sentences(Text).Select(s => (s.Text, LineAt(s.Offset)))];

    /// <summary>The tactics each sentence names, with their cues (matched once, shared by evidence and operations).</summary>
    public IReadOnlyList<SentenceFinding> FindingsOf(int sentence)
    {
        findings ??= [.. Sentences().Select(s => NarrativeTactics.Assess(s.Text))];
        return findings[sentence];
    }

    /// <summary>The tactics a sentence supports: what it names, less what a cue reverses.</summary>
    public IEnumerable<string> TacticsOf(int sentence) =>
        FindingsOf(sentence).Where(f => f.Cue is CueKind.None or CueKind.Pending).Select(f => f.Slug);

    public int LineAt(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        return Line + (index >= 0 ? index : ~index - 1);
    }

    private static bool LooksLikeHeading(string text)
    {
        if (text.Length > 80 || text.Count(c => c == ' ') >= 10)
        {
            return false;
        }

        if (text.EndsWith(':'))
        {
            return !text[..^1].Contains(". ", StringComparison.Ordinal);
        }

        return !EndsSentence(text) && text.IndexOf(": ", StringComparison.Ordinal) is > 0 and < 50;
    }

    /// <summary>
    /// Paragraphs, separated by blank lines; the lines of one paragraph are joined with single spaces. Captures that
    /// lost their blank lines put one paragraph on each line, so a line also starts a paragraph after a line that ends
    /// a sentence or reads as a title, and each bullet is an item of its own.
    /// </summary>
    public static List<NarrativeParagraph> Split(List<(string Text, int Line)> lines)
    {
        var paragraphs = new List<NarrativeParagraph>();
        var current = new List<(string Text, int Line)>();
        var bullet = false;

        void Close()
        {
            if (current.Count == 0)
            {
                return;
            }

            var starts = new int[current.Count];
            var offset = 0;
            for (var i = 0; i < current.Count; i++)
            {
                starts[i] = offset;
                offset += current[i].Text.Length + 1;
            }

            paragraphs.Add(new NarrativeParagraph(string.Join(' ', current.Select(c => c.Text)), current[0].Line, starts, bullet));
            current.Clear();
            bullet = false;
        }

        foreach (var (raw, line) in lines)
        {
            if (raw.Length == 0)
            {
                Close();
                continue;
            }

            var text = ProfileText.Squash(raw);
            var item = BulletText(text);
            if (item is not null || (current.Count > 0 && Breaks(current[^1].Text, text)))
            {
                Close();
            }

            if (item is not null)
            {
                bullet = true;
                text = item;
            }

            if (text.Length > 0)
            {
                current.Add((text, line));
            }
        }

        Close();
        return paragraphs;
    }

    private static bool Breaks(string previous, string next) =>
        EndsSentence(previous) || previous.EndsWith(':')
        || (next.Length > 0 && char.IsUpper(next[0]) && LooksLikeHeading(previous));

    private static bool EndsSentence(string text)
    {
        var end = text.TrimEnd('"', '\'', ')', ']');
        return end.Length > 0 && end[^1] is '.' or '!' or '?';
    }

    /// <summary>The text of a bulleted line without its bullet, or null when the line is not a bullet.</summary>
    private static string? BulletText(string text) =>
        text.Length > 2 && text[0] is '•' or '◦' or '○' or '▪' or '‣' or '●' or '·' or '-' or '*' or '–' && text[1] == ' '
            ? text[2..].TrimStart()
            : null;
}
