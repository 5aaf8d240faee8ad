using System.Globalization;
using System.Text;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Synthetic;

/// <summary>Key Partners, Key Sources and the metadata lines, in the varied shapes real documents use.</summary>
internal static class SyntheticSections
{
    private static readonly string[] Outlets =
        ["The Synthetic Ledger", "Example County Courier", "Synthetic Public Radio", "The Example Daily"];

    public static void AppendPartners(StringBuilder text, SyntheticPlace place)
    {
        var rng = place.Random;
        var partners = new List<string>(place.NamedAgencies);
        if (!partners.Contains(place.OwnAgency))
        {
            partners.Insert(0, place.OwnAgency);
        }

        if (rng.NextDouble() < 0.5 && !partners.Contains(place.SheriffsOffice))
        {
            partners.Add(place.SheriffsOffice);
        }

        var (bullet, indent) = rng.Next(4) switch
        {
            0 => ("•", "  "),
            1 => ("-", ""),
            2 => ("*", "  "),
            _ => ("•", ""),
        };
        text.Append("Key Partners\n\n");
        foreach (var partner in partners)
        {
            text.Append(indent).Append(bullet).Append(' ').Append(partner).Append('\n');
            // A sub-unit of the place's own agency: a ◦ bullet or a deeper-indented one, never a partner of its own.
            if (partner == place.OwnAgency && rng.NextDouble() < 0.3)
            {
                var unit = $"{place.Name} {SyntheticPlace.Pick(rng, new[] { "Vice Unit", "Special Victims Unit", "Street Crimes Unit" })}";
                text.Append(indent).Append(rng.Next(2) == 0 ? "    ◦ " : $"    {bullet} ").Append(unit).Append('\n');
            }
        }

        text.Append('\n');
    }

    public static void AppendSources(StringBuilder text, SyntheticPlace place)
    {
        var rng = place.Random;
        text.Append("Key Sources\n\n");
        var empty = rng.NextDouble() < 0.3;
        var tactics = place.Tactics.OrderBy(_ => rng.Next()).ToList();
        for (var i = 0; i < tactics.Count; i += 2)
        {
            var names = tactics.Skip(i).Take(2).Select(slug => SyntheticPlace.Pick(rng, SyntheticTactics.Get(slug).Names));
            var heading = string.Join(", ", names) + ":";
            if (rng.NextDouble() < 0.05)
            {
                heading = heading.ToUpperInvariant();
            }

            text.Append(heading).Append("\n\n");
            if (!empty)
            {
                AppendCitations(text, place, tactics[i]);
            }
        }

        text.Append("Background on Local Prostitution, Sex Trafficking:\n\n");
        if (!empty && rng.NextDouble() < 0.5)
        {
            AppendCitations(text, place, "background");
        }
    }

    /// <summary>Bare URLs, "Headline – Outlet – Date", and headlines followed by their URL.</summary>
    private static void AppendCitations(StringBuilder text, SyntheticPlace place, string topic)
    {
        var rng = place.Random;
        var items = rng.Next(0, 4);
        for (var k = 1; k <= items; k++)
        {
            var url = string.Create(CultureInfo.InvariantCulture, $"https://news.example.org/synthetic/{place.Number:00000}/{topic}-{k}");
            var headline = $"{place.Name} officials describe {topic.Replace('-', ' ')} efforts";
            var date = new DateOnly(rng.Next(2008, 2025), rng.Next(1, 13), rng.Next(1, 29))
                .ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            text.Append(rng.Next(3) switch
            {
                0 => url,
                1 => $"{headline} – {SyntheticPlace.Pick(rng, Outlets)} – {date}",
                _ => $"{headline} {url}",
            }).Append('\n');
        }

        if (items > 0)
        {
            text.Append('\n');
        }
    }

    /// <summary>State, Type, Population (sometimes with separators) and Location; any line may be missing.</summary>
    public static void AppendMetadata(StringBuilder text, SyntheticPlace place)
    {
        var rng = place.Random;
        text.Append("State ").Append(place.State.Name).Append('\n');
        // A real state-level profile's bare title ("Vermont") says what it is; a synthetic one's title cannot, so
        // it always keeps its Type line and each state imports with exactly one state-level profile.
        var typed = rng.NextDouble() < 0.97;
        if (typed || place.Type == JurisdictionType.State)
        {
            text.Append("Type ").Append(place.Type.ToString()).Append('\n');
        }

        if (rng.NextDouble() < 0.95)
        {
            text.Append("Population ").Append(place.Digits(place.Population)).Append('\n');
        }

        var location = rng.NextDouble();
        if (location < 0.45)
        {
            var lat = place.State.Latitude + ((rng.NextDouble() - 0.5) * 2);
            var lon = place.State.Longitude + ((rng.NextDouble() - 0.5) * 2);
            text.Append(string.Create(CultureInfo.InvariantCulture, $"Location {lat:0.0000}, {lon:0.0000}\n"));
        }
        else if (location < 0.8)
        {
            text.Append("Location\n");
        }
    }
}
