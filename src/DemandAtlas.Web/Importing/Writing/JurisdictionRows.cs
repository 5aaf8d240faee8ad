using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Editing;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Importing.Pipeline;

namespace DemandAtlas.Web.Importing.Writing;

/// <summary>
/// The rows of one jurisdiction as a document gives them, with every tactic an id, every partner resolved and
/// every neighbour matched: what each store's sink writes (<see cref="FastInsert"/> on SQLite's bulk path,
/// <see cref="EntitySink"/> through EF), so a new column is added here once. Building them is pure: the lookups
/// are the run's caches, read before the first document.
/// </summary>
internal sealed record JurisdictionRows(
    JurisdictionFields Fields,
    IReadOnlyList<ClaimRow> Claims,
    IReadOnlyList<PartnerRef> Partners,
    IReadOnlyList<OperationRow> Operations,
    IReadOnlyList<SourceRow> Sources,
    IReadOnlyList<NeighbourRow> Neighbours,
    IReadOnlyList<ProfileIssue> Warnings)
{
    /// <summary>One "no profile matches yet" warning per neighbour the store does not have (yet).</summary>
    public IEnumerable<ProfileIssue> UnmatchedNeighbourWarnings =>
        Neighbours.Where(n => n.MatchedJurisdictionId is null)
            .Select(n => new ProfileIssue(n.Line, WarningCodes.UnmatchedNeighbour, NeighbourMatcher.UnmatchedMessage(n.Name)));

    /// <summary>What a new jurisdiction's import reports and stores: the parser's warnings, then the unmatched neighbours.</summary>
    public List<ProfileIssue> NewJurisdictionWarnings() => [.. Warnings, .. UnmatchedNeighbourWarnings];

    /// <param name="self">The jurisdiction being updated, if it is stored already (never its own neighbour).</param>
    public static JurisdictionRows FromDocument(PreparedDocument prepared, ImportCaches caches, int? self = null)
    {
        var profile = prepared.Profile!;
        var coordinates = prepared.Coordinates;
        var fields = new JurisdictionFields(
            profile.Slug, profile.Name, profile.StateCode, profile.StateName, profile.Type, profile.County, profile.Population,
            coordinates?.Latitude, coordinates?.Longitude, coordinates?.Source, profile.NarrativeMarkdown, prepared.Html!,
            profile.File, prepared.Sha!, profile.HadMenuTacticsBlock);

        List<ClaimRow> claims = [.. profile.Tactics.GroupBy(t => t.Slug).Select(group => new ClaimRow(
            caches.TacticIds[group.Key],
            TacticFinding.StatusOf(group),
            [.. group.DistinctBy(f => (f.Kind, f.Text)).Select(f => new EvidenceRow(f.Kind, f.Text, f.Line))]))];

        var partners = new PartnerRefs(caches.Partners);
        // Parents come before their sub-units in the list, so a new sub-unit's parent is already resolved.
        PartnerRef Resolve(ParsedPartner p) =>
            partners.Resolve(p.Slug, p.Name, p.Parent is null ? null : partners.Find(PartnerResolver.Key(p.Parent)));
        List<PartnerRef> linked = [.. profile.Partners.Select(Resolve).Distinct()];

        List<OperationRow> operations = [.. profile.Operations.Select(o => new OperationRow(
            o.Year, o.Month, o.Day, o.Arrests, o.Summary, o.Line, IsConfidential: false,
            [.. o.Tactics.Distinct().Select(t => caches.TacticIds[t])],
            [.. o.Partners.Distinct().Select(name => Resolve(profile.Partners.First(p => p.Name == name))).Distinct()]))];

        List<SourceRow> sources = [.. profile.Sources.Select(s => new SourceRow(
            s.Category,
            [.. s.Tactics.Distinct().Select(t => caches.TacticIds[t])],
            [.. s.Items.Select(i => new SourceItemRow(i.Title, i.Outlet, i.Date, i.Url))]))];

        List<NeighbourRow> neighbours = [.. profile.Neighbours.Select(n => new NeighbourRow(
            n.Name, n.Line, NeighbourMatcher.Match(n.Name, profile.StateCode, self, caches.Jurisdictions.GetValueOrDefault)))];

        return new JurisdictionRows(fields, claims, linked, operations, sources, neighbours, profile.Warnings);
    }
}

/// <summary>The jurisdiction's own columns, as a document sets them.</summary>
internal sealed record JurisdictionFields(
    string Slug, string Name, string StateCode, string StateName, JurisdictionType? Type, string? County, int? Population,
    double? Latitude, double? Longitude, CoordinateSource? CoordinateSource, string NarrativeMarkdown, string NarrativeHtml,
    string SourceFile, string SourceSha256, bool HadMenuTacticsBlock);

internal sealed record ClaimRow(int TacticId, ClaimStatus Status, IReadOnlyList<EvidenceRow> Evidence);

internal sealed record EvidenceRow(EvidenceKind Kind, string Text, int? Line);

/// <summary>
/// A stored partner (<see cref="Id"/> set) or one the sink creates. Compared by reference: a document's partners
/// are resolved to one instance each, so the links to them are distinct by <c>Distinct()</c>.
/// </summary>
internal sealed class PartnerRef(int? id, string slug, string name, PartnerRef? parent)
{
    public int? Id { get; } = id;
    public string Slug { get; } = slug;
    public string Name { get; } = name;
    public PartnerRef? Parent { get; } = parent;
}

internal sealed record OperationRow(
    int Year, int? Month, int? Day, int? Arrests, string Summary, int? Line, bool IsConfidential,
    IReadOnlyList<int> TacticIds, IReadOnlyList<PartnerRef> Partners);

internal sealed record SourceRow(string Category, IReadOnlyList<int> TacticIds, IReadOnlyList<SourceItemRow> Items);

internal sealed record SourceItemRow(string? Title, string? Outlet, string? Date, string? Url);

internal sealed record NeighbourRow(string Name, int? Line, int? MatchedJurisdictionId);
