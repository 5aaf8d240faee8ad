using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Editing;

namespace DemandAtlas.Web.Pages.Admin.Jurisdictions;

/// <summary>The edit form's fields as the editor sees them; conflicts are compared on these strings.</summary>
public sealed class EditForm
{
    public long Version { get; set; }

    /// <summary>The field values the editor started from (JSON), used only to show what changed meanwhile.</summary>
    public string Original { get; set; } = "{}";

    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    [Required, RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Use the two-letter USPS code.")]
    public string StateCode { get; set; } = "";

    [Required, StringLength(60)]
    public string StateName { get; set; } = "";

    public string? Type { get; set; }

    [StringLength(200)]
    public string? County { get; set; }

    [Range(0, 100_000_000)]
    public int? Population { get; set; }

    [Range(-90, 90)]
    public double? Latitude { get; set; }

    [Range(-180, 180)]
    public double? Longitude { get; set; }

    [StringLength(200_000)]
    public string? Narrative { get; set; }

    public bool IsPublished { get; set; }

    [StringLength(50_000)]
    public string? Partners { get; set; }

    [StringLength(50_000)]
    public string? RelatedJurisdictions { get; set; }

    [StringLength(200_000)]
    public string? Sources { get; set; }

    [StringLength(300)]
    public string? Summary { get; set; }

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(Name)] = "Name", [nameof(StateCode)] = "State code", [nameof(StateName)] = "State", [nameof(Type)] = "Type",
        [nameof(County)] = "County", [nameof(Population)] = "Population", [nameof(Latitude)] = "Latitude", [nameof(Longitude)] = "Longitude",
        [nameof(Narrative)] = "Narrative", [nameof(IsPublished)] = "Published", [nameof(Partners)] = "Partners",
        [nameof(RelatedJurisdictions)] = "Neighbours", [nameof(Sources)] = "Sources",
    };

    public static EditForm From(JurisdictionSnapshot s, long version)
    {
        var form = new EditForm
        {
            Version = version,
            Name = s.Name,
            StateCode = s.StateCode,
            StateName = s.StateName,
            Type = s.Type,
            County = s.County,
            Population = s.Population,
            Latitude = s.Latitude,
            Longitude = s.Longitude,
            Narrative = s.NarrativeMarkdown,
            IsPublished = s.IsPublished,
            Partners = string.Join('\n', s.Partners),
            RelatedJurisdictions = string.Join('\n', s.RelatedJurisdictions),
            Sources = SourcesText.Format(s.Sources),
        };
        form.Original = JsonSerializer.Serialize(form.Values());
        return form;
    }

    /// <summary>Field name → the text the form shows, line endings normalised so browsers' CRLF does not count as a change.</summary>
    public Dictionary<string, string> Values() => new()
    {
        [nameof(Name)] = Name.Trim(),
        [nameof(StateCode)] = StateCode.Trim().ToUpperInvariant(),
        [nameof(StateName)] = StateName.Trim(),
        [nameof(Type)] = Type ?? "",
        [nameof(County)] = County?.Trim() ?? "",
        [nameof(Population)] = Population?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(Latitude)] = Latitude?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(Longitude)] = Longitude?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(Narrative)] = Normalise(Narrative),
        [nameof(IsPublished)] = IsPublished ? "yes" : "no",
        [nameof(Partners)] = Normalise(Partners),
        [nameof(RelatedJurisdictions)] = Normalise(RelatedJurisdictions),
        [nameof(Sources)] = Normalise(Sources),
    };

    public Dictionary<string, string> OriginalValues()
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(Original) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public JurisdictionSnapshot ApplyTo(JurisdictionSnapshot s, IReadOnlyDictionary<string, string> tacticSlugsByKey)
    {
        var moved = Latitude != s.Latitude || Longitude != s.Longitude;
        return s with
        {
            Name = Name.Trim(),
            StateCode = StateCode.Trim().ToUpperInvariant(),
            StateName = StateName.Trim(),
            Type = Enum.TryParse<JurisdictionType>(Type, out var type) ? type.ToString() : null,
            County = string.IsNullOrWhiteSpace(County) ? null : County.Trim(),
            Population = Population,
            Latitude = Latitude,
            Longitude = Longitude,
            // Coordinates an editor typed are the editor's, whatever the gazetteer or document said.
            CoordinateSource = Latitude is null || Longitude is null ? null : moved ? nameof(CoordinateSource.Editor) : s.CoordinateSource,
            NarrativeMarkdown = Normalise(Narrative) == Normalise(s.NarrativeMarkdown) ? s.NarrativeMarkdown : Normalise(Narrative),
            IsPublished = IsPublished,
            Partners = Lines(Partners),
            RelatedJurisdictions = Lines(RelatedJurisdictions),
            Sources = Normalise(Sources) == Normalise(SourcesText.Format(s.Sources)) ? s.Sources : SourcesText.Parse(Sources ?? "", tacticSlugsByKey),
        };
    }

    private static string Normalise(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static List<string> Lines(string? text) =>
        [.. Normalise(text).Split('\n').Select(l => l.Trim().TrimStart('-', '•', '*').Trim()).Where(l => l.Length > 0)];
}
