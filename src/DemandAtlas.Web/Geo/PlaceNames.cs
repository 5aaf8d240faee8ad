using System.Globalization;
using System.Text;

namespace DemandAtlas.Web.Geo;

/// <summary>
/// Lookup keys for place names, so "St. Johnsbury", "Saint Johnsbury" and "st johnsbury" agree, as do
/// "Polk County" and "Polk", "Cherry Hill Township" and "Cherry Hill", "Doña Ana" and "Dona Ana".
/// Keys join the words without spaces, because sources disagree on "O'Fallon" versus "O Fallon".
/// </summary>
public static class PlaceNames
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["saint"] = "st",
        ["sainte"] = "ste",
        ["mount"] = "mt",
        ["fort"] = "ft",
        ["township"] = "twp",
    };

    private static readonly string[][] CountySuffixes =
        [["city", "and", "borough"], ["census", "area"], ["county"], ["parish"], ["borough"], ["municipality"], ["municipio"]];

    private static readonly string[][] PlaceSuffixes = [["twp"], ["town"], ["village"], ["borough"], ["boro"]];

    private static readonly string[][] PlacePrefixes =
        [["city", "of"], ["town", "of"], ["village", "of"], ["borough", "of"], ["twp", "of"]];

    /// <summary>The words of a name: accents dropped, case folded, apostrophes and periods removed, abbreviations unified.</summary>
    public static string[] Words(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var text = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '\u2018' or '.')
            {
                continue;
            }

            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return [.. text.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Abbreviations.GetValueOrDefault(w, w))];
    }

    /// <summary>Key for a county: the name without its "County" / "Parish" / "Borough" … suffix.</summary>
    public static string CountyKey(string name) => string.Concat(StripSuffix(Words(name), CountySuffixes));

    /// <summary>Keys to try for a town or city, most literal first ("cherryhilltwp", then "cherryhill").</summary>
    public static IEnumerable<string> PlaceKeys(string name)
    {
        var words = Words(name);
        yield return string.Concat(words);
        var stripped = StripPrefix(StripSuffix(words, PlaceSuffixes), PlacePrefixes);
        if (stripped.Length != words.Length)
        {
            yield return string.Concat(stripped);
        }
    }

    private static string[] StripSuffix(string[] words, string[][] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (words.Length > suffix.Length && words.AsSpan(words.Length - suffix.Length).SequenceEqual(suffix))
            {
                return words[..^suffix.Length];
            }
        }

        return words;
    }

    private static string[] StripPrefix(string[] words, string[][] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (words.Length > prefix.Length && words.AsSpan(0, prefix.Length).SequenceEqual(prefix))
            {
                return words[prefix.Length..];
            }
        }

        return words;
    }
}
