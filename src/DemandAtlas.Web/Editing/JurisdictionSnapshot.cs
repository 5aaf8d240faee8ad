using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Editing;

/// <summary>
/// Everything staff can edit about a jurisdiction, as one value. Revisions store it as JSON; diffs,
/// conflicts and restores work field by field on its JSON properties, whose names are the field names
/// recorded in EditedFields (so the importer knows which of its fields staff have taken over).
/// </summary>
public sealed record JurisdictionSnapshot
{
    public string Name { get; init; } = "";
    public string StateCode { get; init; } = "";
    public string StateName { get; init; } = "";
    public string? Type { get; init; }
    public string? County { get; init; }
    public int? Population { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? CoordinateSource { get; init; }
    public string NarrativeMarkdown { get; init; } = "";
    public bool IsPublished { get; init; }
    public bool IsDeleted { get; init; }
    public List<ClaimSnapshot> Claims { get; init; } = [];
    public List<OperationSnapshot> Operations { get; init; } = [];
    public List<string> Partners { get; init; } = [];
    public List<SourceSnapshot> Sources { get; init; } = [];
    public List<string> RelatedJurisdictions { get; init; } = [];

    public static readonly JsonSerializerOptions Json = new();

    /// <summary>Field names in display order: the JSON property names, which are Jurisdiction's property names.</summary>
    public static readonly IReadOnlyList<string> FieldNames = [.. JsonSerializer.SerializeToNode(new JurisdictionSnapshot(), Json)!.AsObject().Select(p => p.Key)];

    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, Json)!.AsObject();

    public static JurisdictionSnapshot FromJson(JsonNode json) => json.Deserialize<JurisdictionSnapshot>(Json)!;

    public static JurisdictionSnapshot Capture(Jurisdiction j) => new()
    {
        Name = j.Name,
        StateCode = j.StateCode,
        StateName = j.StateName,
        Type = j.Type?.ToString(),
        County = j.County,
        Population = j.Population,
        Latitude = j.Latitude,
        Longitude = j.Longitude,
        CoordinateSource = j.CoordinateSource?.ToString(),
        NarrativeMarkdown = j.NarrativeMarkdown,
        IsPublished = j.IsPublished,
        IsDeleted = j.DeletedAt is not null,
        Claims = [.. j.Claims.OrderBy(c => c.Tactic.SortOrder).Select(c => new ClaimSnapshot(
            c.Tactic.Slug, c.Status.ToString(), c.IsConfidential,
            [.. c.Evidence.OrderBy(e => e.Id).Select(e => new EvidenceSnapshot(e.Kind.ToString(), e.Text, e.Line, e.AddedBy))]))],
        Operations = [.. j.Operations.OrderBy(o => o.Year).ThenBy(o => o.Month).ThenBy(o => o.Day).ThenBy(o => o.Id).Select(o => new OperationSnapshot(
            o.Year, o.Month, o.Day, o.Arrests, o.Summary, o.IsConfidential,
            [.. o.Tactics.Select(t => t.Tactic.Slug).Order(StringComparer.Ordinal)],
            [.. o.Partners.Select(p => p.Partner.Name).Order(StringComparer.Ordinal)],
            o.Line))],
        Partners = [.. j.Partners.OrderBy(p => p.SortOrder).Select(p => p.Partner.Name)],
        Sources = [.. j.Sources.OrderBy(s => s.SortOrder).Select(s => new SourceSnapshot(
            s.Category,
            [.. s.Tactics.Select(t => t.Tactic.Slug).Order(StringComparer.Ordinal)],
            [.. s.Items.OrderBy(i => i.SortOrder).Select(i => new SourceItemSnapshot(i.Title, i.Outlet, i.Date, i.Url))]))],
        RelatedJurisdictions = [.. j.RelatedJurisdictions.OrderBy(r => r.SortOrder).Select(r => r.Name)],
    };

    /// <summary>A field's value as readable text, for diffs and the conflict page.</summary>
    public static string Describe(string field, JsonNode? value)
    {
        if (value is null)
        {
            return "";
        }

        var text = new StringBuilder();
        switch (field)
        {
            case nameof(Claims):
                foreach (var c in value.Deserialize<List<ClaimSnapshot>>(Json)!)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{c.Tactic}: {c.Status}{(c.IsConfidential ? ", confidential" : "")}\n");
                    foreach (var e in c.Evidence)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"  - {e.Kind}: {e.Text}{(e.AddedBy is null ? "" : $" ({e.AddedBy})")}\n");
                    }
                }

                break;
            case nameof(Operations):
                foreach (var o in value.Deserialize<List<OperationSnapshot>>(Json)!)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{OperationDate.Format(o.Year, o.Month, o.Day)}, {o.Arrests?.ToString(CultureInfo.InvariantCulture) ?? "?"} arrests{(o.IsConfidential ? ", confidential" : "")}: {o.Summary} [{string.Join(", ", o.Tactics)}] ({string.Join("; ", o.Partners)})\n");
                }

                break;
            case nameof(Sources):
                text.Append(SourcesText.Format(value.Deserialize<List<SourceSnapshot>>(Json)!));
                break;
            case nameof(Partners) or nameof(RelatedJurisdictions):
                text.AppendJoin('\n', value.Deserialize<List<string>>(Json)!);
                break;
            default:
                text.Append(value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString());
                break;
        }

        return text.ToString().TrimEnd();
    }
}

public sealed record ClaimSnapshot(string Tactic, string Status, bool IsConfidential, List<EvidenceSnapshot> Evidence);

public sealed record EvidenceSnapshot(string Kind, string Text, int? Line, string? AddedBy);

public sealed record OperationSnapshot(int Year, int? Month, int? Day, int? Arrests, string Summary, bool IsConfidential, List<string> Tactics, List<string> Partners, int? Line);

public sealed record SourceSnapshot(string Category, List<string> Tactics, List<SourceItemSnapshot> Items);

public sealed record SourceItemSnapshot(string? Title, string? Outlet, string? Date, string? Url);
