using System.Globalization;
using System.Text.RegularExpressions;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.Web.Importing;

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

    public static bool TryRead(string line, int number, ParsedProfile profile)
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
                return false;
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
            if (location.Groups["lat"].Success)
            {
                var lat = double.Parse(location.Groups["lat"].Value, CultureInfo.InvariantCulture);
                var lon = double.Parse(location.Groups["lon"].Value, CultureInfo.InvariantCulture);
                if (lat is >= -90 and <= 90 && lon is >= -180 and <= 180)
                {
                    profile.Latitude = lat;
                    profile.Longitude = lon;
                }
                else
                {
                    profile.Warn(number, WarningCodes.UnreadableLine, $"location {lat}, {lon} is not a latitude and longitude");
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>Warns about what a reader will miss; a missing type is inferred where the title makes it plain.</summary>
    public static void Finish(ParsedProfile profile)
    {
        if (profile.Type is null)
        {
            profile.Warn(null, WarningCodes.MissingMetadata, "the document gives no jurisdiction type");
        }
    }

    [GeneratedRegex(@"^State\s*:?(?:\s+(?<v>[A-Za-z .]+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex StateLine();

    [GeneratedRegex(@"^Type\s*:?(?:\s+(?<v>[A-Za-z]+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^Population\s*:?(?:\s*(?<v>\d[\d,. ']*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex PopulationLine();

    [GeneratedRegex(@"^Location\s*:?(?:\s*(?<lat>[-+]?\d{1,3}(?:\.\d+)?)\s*[,;]\s*(?<lon>[-+]?\d{1,3}(?:\.\d+)?))?$", RegexOptions.IgnoreCase)]
    private static partial Regex LocationLine();

    [GeneratedRegex(@"[^\d]")]
    private static partial Regex Separators();
}
