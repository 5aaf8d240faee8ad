using System.Globalization;
using System.Text.RegularExpressions;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// The `State` / `Type` / `Population` / `Location` lines at the foot of a profile, and the page boilerplate.
/// Each pattern is strict about its value, so a narrative line such as "State police said…" is never mistaken for one.
/// </summary>
internal static partial class Metadata
{
    private static readonly HashSet<string> Boilerplate = new(StringComparer.Ordinal)
    {
        "comments are closed", "leave a comment", "leave a reply", "share this", "print this page", "back to top",
    };

    public static bool IsBoilerplate(string trimmed) =>
        trimmed.Length is > 0 and < 40 && Boilerplate.Contains(TacticCatalog.Key(trimmed));

    /// <summary>
    /// Reads a metadata line. With <paramref name="loose"/> (outside the narrative, or a line with "Key:") a line
    /// that starts with a metadata key but has a malformed value is still metadata: a warning, never a partner or
    /// a citation.
    /// </summary>
    public static bool TryRead(string line, int number, ParsedProfile profile, bool loose = false)
    {
        if (StateLine().Match(line) is { Success: true } state)
        {
            var value = state.Groups["v"].Value.Trim();
            if (value.Length == 0)
            {
                return true;
            }

            if (UsStates.Find(value) is not { } found)
            {
                return LooseKey(line, number, profile, loose);
            }

            if (found.Code != profile.StateCode)
            {
                profile.Warn(number, WarningCodes.UnreadableLine, $"State line says {found.Name} but the title says {profile.StateName}; the title wins");
            }

            return true;
        }

        if (TypeLine().Match(line) is { Success: true } type)
        {
            var value = type.Groups["v"].Value;
            if (value.Length == 0)
            {
                return true;
            }

            if (Enum.TryParse<JurisdictionType>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
            {
                profile.Type = parsed;
            }
            else
            {
                profile.Warn(number, WarningCodes.UnreadableLine, $"unknown jurisdiction type \"{value}\"");
            }

            return true;
        }

        if (PopulationLine().Match(line) is { Success: true } population)
        {
            var digits = Separators().Replace(population.Groups["v"].Value, "");
            if (digits.Length == 0)
            {
                return true;
            }

            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                profile.Population = value;
            }
            else
            {
                profile.Warn(number, WarningCodes.UnreadableLine, $"population \"{population.Groups["v"].Value}\" is not a whole number");
            }

            return true;
        }

        if (LocationLine().Match(line) is { Success: true } location)
        {
            var value = location.Groups["v"].Value.Trim();
            if (value.Length > 0 && Coordinates.TryRead(value) is var (lat, lon))
            {
                if (lat is >= -90 and <= 90 && lon is >= -180 and <= 180)
                {
                    profile.Latitude = lat;
                    profile.Longitude = lon;
                }
                else
                {
                    profile.Warn(number, WarningCodes.UnreadableLine, $"location {lat}, {lon} is not a latitude and longitude");
                }

                return true;
            }

            if (value.Length == 0)
            {
                return true;
            }
        }

        return LooseKey(line, number, profile, loose);
    }

    private static bool LooseKey(string line, int number, ParsedProfile profile, bool loose)
    {
        if (AnyKey().Match(line) is not { Success: true } key || !(key.Groups["colon"].Success || (loose && LooksLikeValue(key.Groups["key"].Value, line[key.Length..].Trim()))))
        {
            return false;
        }

        profile.Warn(number, WarningCodes.UnreadableLine, $"unreadable {key.Groups["key"].Value.ToLowerInvariant()} line \"{ProfileParser.Shorten(line)}\"; the value was ignored");
        return true;
    }

    // Without a colon, "State Police Crime Lab" or "Population Services Institute" is a partner: only a value
    // with a digit, or a single word after Type, Population or Location, is taken for a malformed metadata value.
    private static bool LooksLikeValue(string key, string value) =>
        value.Any(char.IsAsciiDigit) || (!key.Equals("state", StringComparison.OrdinalIgnoreCase) && !value.Contains(' ', StringComparison.Ordinal));

    /// <summary>Warns about what a reader will miss; a missing type is inferred where the title makes it plain.</summary>
    public static void Finish(ParsedProfile profile)
    {
        if (profile.Type is null)
        {
            profile.Warn(null, WarningCodes.MissingMetadata, "the document gives no jurisdiction type");
        }

        // A county's county is itself, whatever county a narrative sentence happens to mention.
        if (profile.Type == JurisdictionType.County)
        {
            profile.County = profile.Name;
        }
    }

    [GeneratedRegex(@"^State\s*:?(?:\s+(?<v>[A-Za-z .]+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex StateLine();

    [GeneratedRegex(@"^Type\s*:?(?:\s+(?<v>[A-Za-z]+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^Population\s*:?(?:\s*(?:(?:approx(?:imately|\.)?|about|around|roughly|est(?:imated|\.)?|~|c\.|ca\.)\s*)?(?<v>\d[\d,.' ]*?)(?:\s*(?:\(\d{4}(?:\s+(?:census|est\.?|estimate))?\)|\(?(?:\d{4}\s+)?(?:census|estimate)(?:\s+\d{4})?\)?|residents|people|inhabitants))?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PopulationLine();

    [GeneratedRegex(@"^Location\b\s*:?(?<v>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LocationLine();

    [GeneratedRegex(@"^(?<key>State|Type|Population|Location)\b\s*(?<colon>:)?", RegexOptions.IgnoreCase)]
    private static partial Regex AnyKey();

    [GeneratedRegex(@"[^\d]")]
    private static partial Regex Separators();
}
