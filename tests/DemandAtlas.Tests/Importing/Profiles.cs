namespace DemandAtlas.Tests.Importing;

/// <summary>Writes small profile documents for tests (our own wording, in the seed's layout).</summary>
internal static class Profiles
{
    public static string Document(
        string title = "Testford, VT",
        string[]? tactics = null,
        string[]? narrative = null,
        string[]? partners = null,
        string[]? sources = null,
        string[]? metadata = null)
    {
        var lines = new List<string> { title, "" };
        if (tactics is not null)
        {
            lines.Add("Tactics Used");
            lines.Add("");
            lines.AddRange(tactics);
            lines.Add("");
        }

        foreach (var paragraph in narrative ?? ["Testford is a small town used only in tests."])
        {
            lines.Add(paragraph);
            lines.Add("");
        }

        if (partners is not null)
        {
            lines.Add("Key Partners");
            lines.Add("");
            lines.AddRange(partners);
            lines.Add("");
        }

        if (sources is not null)
        {
            lines.Add("Key Sources");
            lines.Add("");
            lines.AddRange(sources);
            lines.Add("");
        }

        lines.AddRange(metadata ?? ["State Vermont", "Type Town", "Population 1,234", "Location"]);
        lines.Add("Comments are closed.");
        return string.Join('\n', lines);
    }

    public static readonly string[] FifteenMenu =
    [
        "Auto Seizure", "Buyer Arrests", "Cameras", "Community Service", "Employment Loss", "Identity Disclosure",
        "IT Based Tactics", "John School", "Letters", "License Suspension", "Neighborhood Action", "Public Education",
        "Reverse Stings", "SOAP Orders", "Web Stings",
    ];

    public static readonly string[] NineMenu =
    [
        "Reverse stings", "Auto seizure", "Community service", "Public education", "Neighborhood action",
        "SOAP orders", "John school", "Web stings", "License suspension",
    ];
}
