namespace DemandAtlas.Web.Editing;

/// <summary>A line-by-line diff (longest common subsequence), enough to read what an edit changed.</summary>
public static class LineDiff
{
    public enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public sealed record Line(Kind Kind, string Text);

    public static IReadOnlyList<Line> Compare(string before, string after)
    {
        var a = Split(before);
        var b = Split(after);
        // Long texts compared line-wise stay small; guard the quadratic table anyway.
        if ((long)a.Length * b.Length > 4_000_000)
        {
            return [.. a.Select(l => new Line(Kind.Removed, l)), .. b.Select(l => new Line(Kind.Added, l))];
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<Line>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                lines.Add(new Line(Kind.Same, a[x++]));
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                lines.Add(new Line(Kind.Removed, a[x++]));
            }
            else
            {
                lines.Add(new Line(Kind.Added, b[y++]));
            }
        }

        lines.AddRange(a.Skip(x).Select(l => new Line(Kind.Removed, l)));
        lines.AddRange(b.Skip(y).Select(l => new Line(Kind.Added, l)));
        return lines;
    }

    private static string[] Split(string text) => text.Length == 0 ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
