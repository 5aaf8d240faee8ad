using System.Globalization;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>Counts written in digits or words: "10", "four", "eleven", "twenty-two", "a dozen", "two dozen".</summary>
public static class NumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>A regex fragment matching any count this class can read.</summary>
    public const string Pattern =
        @"(?:\d{1,3}(?:,\d{3})?|(?:a|one|two|three|half a) dozen|dozens|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one) hundred)";

    public static int? Parse(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        if (int.TryParse(value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        switch (value)
        {
            case "a dozen" or "one dozen": return 12;
            case "half a dozen": return 6;
            case "two dozen": return 24;
            case "three dozen": return 36;
            case "a hundred" or "one hundred": return 100;
            case "dozens": return null;
        }

        var unit = Array.IndexOf(Units, value);
        if (unit >= 0)
        {
            return unit;
        }

        var parts = value.Split('-', ' ');
        var tens = Array.IndexOf(Tens, parts[0]);
        if (tens < 2)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return tens * 10;
        }

        var rest = Array.IndexOf(Units, parts[1]);
        return rest is >= 1 and <= 9 ? (tens * 10) + rest : null;
    }
}
