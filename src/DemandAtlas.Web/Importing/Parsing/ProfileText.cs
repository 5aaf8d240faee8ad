using System.Text.RegularExpressions;
using System.Text;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>Turning raw bytes into clean lines and sentences: the typography captured web pages carry.</summary>
public static partial class ProfileText
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes a document, or says why it cannot be one (oversized, empty, binary). Documents should be UTF-8, but
    /// text saved by other tools is read rather than refused: UTF-16 with its byte-order mark, and Windows-1252 (the
    /// usual culprit behind a stray curly quote that is not valid UTF-8). <paramref name="note"/> then says so, for
    /// a warning; bytes that do not look like text at all remain an error.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error, out string? note)
    {
        error = null;
        note = null;
        if (bytes.Length > MaxBytes)
        {
            error = $"file is {bytes.Length:N0} bytes; the limit is {MaxBytes:N0} (1 MB)";
            return null;
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes[2..]);
            note = "the file is UTF-16, not UTF-8; it was read as UTF-16";
        }
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            if (bytes.IndexOf((byte)0) >= 0)
            {
                error = "file is binary (it contains NUL bytes)";
                return null;
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                if (!LooksLikeText(bytes))
                {
                    error = "file is binary or not UTF-8 text";
                    return null;
                }

                text = Windows1252.GetString(bytes);
                var line = bytes[..Math.Clamp(ex.Index, 0, bytes.Length)].Count((byte)'\n') + 1;
                note = $"the file is not valid UTF-8 (first at line {line}); it was read as Windows-1252";
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "file is empty";
            return null;
        }

        return text;
    }

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>
    /// Legacy-encoded prose is mostly ASCII letters with the odd accented letter or curly quote; a binary file is
    /// dense with bytes outside printable ASCII. More than one in twenty is not text.
    /// </summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        var odd = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80 || (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not (byte)'\f'))
            {
                odd++;
            }
        }

        return odd * 20 <= bytes.Length;
    }

    /// <summary>
    /// Splits into lines (CRLF, CR or LF), folding non-breaking spaces, curly quotes and stray control
    /// characters; trailing spaces go, leading indentation stays because bullets use it.
    /// </summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n'))
        {
            // Most lines carry no typography to fold; they skip the per-character copy.
            if (raw.AsSpan().IndexOfAny(Typography) < 0 && raw.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0 && raw.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') < 0)
            {
                lines.Add(raw.TrimEnd());
                continue;
            }

            var line = new StringBuilder(raw.Length);
            foreach (var c in raw)
            {
                line.Append(c switch
                {
                    '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\t' => ' ',
                    '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                    '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                    '\u200B' or '\uFEFF' => '\0',
                    _ when char.IsControl(c) => '\0',
                    _ => c,
                });
            }

            lines.Add(line.Replace("\0", "").ToString().TrimEnd());
        }

        return lines;
    }

    private static readonly System.Buffers.SearchValues<char> Typography = System.Buffers.SearchValues.Create(
        "\u00A0\u2007\u202F\u2009\u200A\t\u2018\u2019\u201B\u2032\u201C\u201D\u201F\u2033\u200B\uFEFF\u0085\u2028\u2029");

    /// <summary>Collapses runs of spaces ("the  Northborough  and") left by non-breaking spaces.</summary>
    public static string Squash(string text) => Spaces().Replace(text.Trim(), " ");

    /// <summary>Sentences of a paragraph with their character offsets; abbreviations do not end one.</summary>
    public static List<(string Text, int Offset)> Sentences(string paragraph)
    {
        var sentences = new List<(string, int)>();
        var start = 0;
        foreach (Match boundary in SentenceEnd().Matches(paragraph))
        {
            var end = boundary.Index;
            var candidate = paragraph[start..end];
            if (EndsWithAbbreviation(candidate))
            {
                continue;
            }

            Add(sentences, paragraph, start, end);
            start = boundary.Index + boundary.Length;
        }

        Add(sentences, paragraph, start, paragraph.Length);
        return sentences;
    }

    private static void Add(List<(string, int)> sentences, string paragraph, int start, int end)
    {
        var text = paragraph[start..end].Trim();
        if (text.Length > 0)
        {
            sentences.Add((text, start));
        }
    }

    private static bool EndsWithAbbreviation(string text) => Abbreviation().IsMatch(text);

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    // A sentence ends at . ! or ? (optionally closed by a quote or bracket) followed by space and a capital, digit or quote.
    [GeneratedRegex("""(?<=[.!?]["')]?)\s+(?=["(]?[A-Z0-9])""")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sgt|Lt|Capt|Det|Ofc|Cpl|Gov|Sen|Rep|Rev|Jr|Sr|Co|Corp|Inc|Dept|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|vs|approx|a\.m|p\.m|U\.S|e\.g|i\.e)|\b[A-Z])\.$")]
    private static partial Regex Abbreviation();
}
