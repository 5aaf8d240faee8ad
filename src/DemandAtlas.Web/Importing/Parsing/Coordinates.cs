using System.Globalization;
using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// A `Location` value: `lat, lon`, `lat lon`, `lat;lon`, or degrees with hemispheres (`42.27° N, 71.62° W`).
/// The range is checked by the caller, so an impossible pair is warned about rather than read as text.
/// </summary>
public static partial class Coordinates
{
    public static (double Latitude, double Longitude)? TryRead(string value)
    {
        if (Pair().Match(value.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var lat = Signed(match.Groups["lat"].Value, match.Groups["ns"].Value, 'S');
        var lon = Signed(match.Groups["lon"].Value, match.Groups["ew"].Value, 'W');
        return (lat, lon);
    }

    private static double Signed(string number, string hemisphere, char negative)
    {
        var value = double.Parse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return hemisphere.Length > 0 && char.ToUpperInvariant(hemisphere[0]) == negative ? -Math.Abs(value) : value;
    }

    [GeneratedRegex(@"^(?<lat>[-+]?\d{1,3}(?:\.\d+)?)\s*°?\s*(?<ns>[NS])?\s*(?:[,;]\s*|\s+)(?<lon>[-+]?\d{1,3}(?:\.\d+)?)\s*°?\s*(?<ew>[EW])?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pair();
}
