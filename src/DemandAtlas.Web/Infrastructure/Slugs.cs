using System.Globalization;
using System.Text;

namespace DemandAtlas.Web.Infrastructure;

/// <summary>URL keys: lower-case ASCII words joined by hyphens ("Sheriff’s Office" → "sheriffs-office").</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '\u2018')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                slug.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.ToString();
    }

    /// <summary>`westborough-ma`; a state-level profile is keyed by the state's name alone (`vermont`).</summary>
    public static string ForJurisdiction(string name, string stateCode, bool isState = false) =>
        isState ? From(name) : From($"{name} {stateCode}");
}
