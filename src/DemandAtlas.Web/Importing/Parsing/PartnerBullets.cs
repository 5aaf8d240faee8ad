using System.Text.RegularExpressions;
using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Key Partners bullets (`•`, `-`, `*`, `◦`, indented or not). A hollow bullet (`◦`) or a bullet indented
/// deeper than the partner above it is a sub-unit of that partner, such as a vice unit.
/// </summary>
public static partial class PartnerBullets
{
    internal static void Read(List<(string Text, int Line)> lines, ParsedProfile profile, ParseTrace? trace)
    {
        ParsedPartner? parent = null;
        var parentIndent = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, line) in lines)
        {
            var match = Bullet().Match(text);
            if (!match.Success)
            {
                continue;
            }

            var name = ProfileText.Squash(match.Groups["name"].Value).TrimEnd(';', ',', '.').Trim();
            var indent = match.Groups["indent"].Value.Length;
            var hollow = match.Groups["bullet"].Value is "◦" or "○" or "▫" or "‣";
            var isSubUnit = parent is not null && (hollow || indent > parentIndent);
            var slug = isSubUnit ? SubUnitSlug(name, parent!) : Slugs.From(name);
            if (slug.Length == 0)
            {
                continue;
            }

            if (!seen.Add(slug))
            {
                continue;
            }

            var partner = new ParsedPartner(name, slug, isSubUnit ? parent!.Name : null, line);
            profile.Partners.Add(partner);
            trace?.Took(line, "partners", isSubUnit ? $"partner {name}, a unit of {parent!.Name}" : $"partner {name}");
            if (!isSubUnit)
            {
                parent = partner;
                parentIndent = indent;
            }
        }
    }

    /// <summary>
    /// Partners are shared by slug, and "Vice Unit" under two departments are two units, so a sub-unit whose
    /// name does not already say whose it is gets its parent's slug in front.
    /// </summary>
    public static string SubUnitSlug(string name, ParsedPartner parent)
    {
        var own = Slugs.From(name);
        var place = Slugs.From(parent.Name.Split(' ')[0]);
        return own.StartsWith(place + "-", StringComparison.Ordinal) ? own : $"{parent.Slug}-{own}";
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<bullet>[•\-*◦○▪▫‣●·–])?\s*(?<name>\S.*)$")]
    private static partial Regex Bullet();
}
