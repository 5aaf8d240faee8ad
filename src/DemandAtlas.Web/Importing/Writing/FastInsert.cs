using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Importing.Pipeline;
using DemandAtlas.Web.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DemandAtlas.Web.Importing.Writing;

/// <summary>
/// Inserts a new jurisdiction and everything under it with prepared SQLite statements reused for the whole run.
/// A new document is the bulk case (a first import of thousands), where the change tracker's cost per row
/// would dominate; updates, which must respect staff edits, go through EF in <see cref="ImportWriter"/>.
/// Column names follow the EF model (Data/Configurations); the importer tests read every row back through EF.
/// </summary>
internal sealed class FastInsert(SqliteConnection connection) : IDisposable
{
    private static readonly UtcTextConverter Utc = new();
    private readonly Dictionary<string, BoundStatement> statements = new(StringComparer.Ordinal);

    /// <summary>Partners this document created, to publish to the run's cache after commit.</summary>
    public List<(string Slug, int Id)> NewPartners { get; } = [];

    /// <summary>Every statement prepared so far, by its SQL (tests check their plans and costs).</summary>
    internal IReadOnlyDictionary<string, BoundStatement> Statements => statements;

    /// <summary>The id of the jurisdiction the last <see cref="Insert"/> created.</summary>
    public int LastId { get; private set; }

    public void Dispose()
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }
    }

    /// <summary>Runs inside the importer's open transaction: the statements share its connection.</summary>
    public List<ProfileIssue> Insert(PreparedDocument prepared, DateTimeOffset now, ImportCaches caches)
    {
        NewPartners.Clear();
        var profile = prepared.Profile!;
        var stamp = (string)Utc.ConvertToProvider(now)!;
        var coordinates = prepared.Coordinates;
        var id = Scalar(
            "INSERT INTO Jurisdictions (Slug, Name, StateCode, StateName, Type, County, Population, Latitude, Longitude, CoordinateSource, NarrativeMarkdown, NarrativeHtml, SourceFile, SourceSha256, HadMenuTacticsBlock, IsPublished, DeletedAt, CreatedAt, UpdatedAt, ImportedAt, Version) VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1, NULL, $15, $15, $15, 1) RETURNING Id",
            profile.Slug, profile.Name, profile.StateCode, profile.StateName, profile.Type?.ToString(), profile.County, profile.Population,
            coordinates?.Latitude, coordinates?.Longitude, coordinates?.Source.ToString(), profile.NarrativeMarkdown,
            prepared.Html, profile.File, prepared.Sha, profile.HadMenuTacticsBlock, stamp)!.Value;
        LastId = (int)id;

        foreach (var group in profile.Tactics.GroupBy(t => t.Slug))
        {
            var claim = Scalar("INSERT INTO Claims (JurisdictionId, TacticId, Status, IsConfidential) VALUES ($0, $1, $2, 0) RETURNING Id", id, caches.TacticIds[group.Key], TacticFinding.StatusOf(group).ToString());
            foreach (var finding in group.DistinctBy(f => (f.Kind, f.Text)))
            {
                Execute("INSERT INTO Evidence (ClaimId, Kind, Text, Line, AddedBy) VALUES ($0, $1, $2, $3, NULL)", claim, finding.Kind.ToString(), finding.Text, finding.Line);
            }
        }

        var partnerIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var linked = new HashSet<long>();
        var order = 0;
        foreach (var partner in profile.Partners)
        {
            // Two names can lead to one partner (one of them merged into the other).
            var partnerId = PartnerId(partner, partnerIds, caches);
            if (linked.Add(partnerId))
            {
                Execute("INSERT INTO JurisdictionPartners (JurisdictionId, PartnerId, SortOrder) VALUES ($0, $1, $2)", id, partnerId, order++);
            }
        }

        foreach (var operation in profile.Operations)
        {
            var operationId = Scalar(
                "INSERT INTO Operations (JurisdictionId, Year, Month, Day, Arrests, Summary, Line, IsConfidential) VALUES ($0, $1, $2, $3, $4, $5, $6, 0) RETURNING Id",
                id, operation.Year, operation.Month, operation.Day, operation.Arrests, operation.Summary, operation.Line);
            foreach (var tactic in operation.Tactics.Distinct())
            {
                Execute("INSERT INTO OperationTactics (OperationId, TacticId) VALUES ($0, $1)", operationId, caches.TacticIds[tactic]);
            }

            foreach (var name in operation.Partners.Distinct())
            {
                var slug = profile.Partners.First(p => p.Name == name).Slug;
                Execute("INSERT OR IGNORE INTO OperationPartners (OperationId, PartnerId) VALUES ($0, $1)", operationId, partnerIds[slug]);
            }
        }

        order = 0;
        foreach (var source in profile.Sources)
        {
            var sourceId = Scalar("INSERT INTO Sources (JurisdictionId, Category, SortOrder) VALUES ($0, $1, $2) RETURNING Id", id, source.Category, order++);
            foreach (var tactic in source.Tactics.Distinct())
            {
                Execute("INSERT INTO SourceTactics (SourceId, TacticId) VALUES ($0, $1)", sourceId, caches.TacticIds[tactic]);
            }

            var item = 0;
            foreach (var citation in source.Items)
            {
                Execute("INSERT INTO SourceItems (SourceId, Title, Outlet, Date, Url, SortOrder) VALUES ($0, $1, $2, $3, $4, $5)",
                    sourceId, citation.Title, citation.Outlet, citation.Date, citation.Url, item++);
            }
        }

        var warnings = new List<ProfileIssue>(profile.Warnings);
        for (var i = 0; i < profile.Neighbours.Count; i++)
        {
            var neighbour = profile.Neighbours[i];
            var matched = caches.JurisdictionId(Slugs.ForJurisdiction(neighbour.Name, profile.StateCode), profile.StateCode);
            Execute("INSERT INTO RelatedJurisdictions (JurisdictionId, Name, MatchedJurisdictionId, SortOrder) VALUES ($0, $1, $2, $3)", id, neighbour.Name, matched, i);
            if (matched is null)
            {
                warnings.Add(new ProfileIssue(neighbour.Line, WarningCodes.UnmatchedNeighbour, UnmatchedNeighbourMessage(neighbour.Name)));
            }
        }

        // Earlier profiles that named this place before it had a profile now point at it, and their "no profile
        // matches yet" warnings go: left in place they would fill the review page with warnings no longer true.
        // Both statements start from the few neighbour rows with this name, not from every place in the state or
        // every open warning (which made a bulk import quadratic in the directory's size).
        Execute("UPDATE RelatedJurisdictions SET MatchedJurisdictionId = $0 WHERE Name = $1 AND MatchedJurisdictionId IS NULL AND EXISTS (SELECT 1 FROM Jurisdictions j WHERE j.Id = RelatedJurisdictions.JurisdictionId AND j.StateCode = $2)",
            id, profile.Name, profile.StateCode);
        Execute("DELETE FROM ImportWarnings WHERE Id IN (SELECT w.Id FROM RelatedJurisdictions r JOIN ImportWarnings w ON w.JurisdictionId = r.JurisdictionId WHERE r.Name = $2 AND r.MatchedJurisdictionId = $3 AND w.Code = $0 AND w.Message = $1 AND w.ReviewedAt IS NULL)",
            WarningCodes.UnmatchedNeighbour, UnmatchedNeighbourMessage(profile.Name), profile.Name, id);

        foreach (var warning in warnings)
        {
            Execute("INSERT INTO ImportWarnings (JurisdictionId, File, Line, Code, Message, CreatedAt, ReviewedAt, ReviewedBy) VALUES ($0, $1, $2, $3, $4, $5, NULL, NULL)",
                id, profile.File, warning.Line, warning.Code, warning.Message, stamp);
        }

        return warnings;
    }

    internal static string UnmatchedNeighbourMessage(string name) => $"no profile in the directory matches the neighbour \"{name}\" yet";

    private long PartnerId(ParsedPartner partner, Dictionary<string, long> ids, ImportCaches caches)
    {
        if (ids.TryGetValue(partner.Slug, out var known))
        {
            return known;
        }

        if (caches.PartnerIds.TryGetValue(partner.Slug, out var cached))
        {
            return ids[partner.Slug] = cached;
        }

        // Parents come before their sub-units in the list, so the parent's id is already known.
        long? parentId = partner.Parent is not null && ids.TryGetValue(Slugs.From(partner.Parent), out var parent) ? parent : null;

        // ON CONFLICT: a partner another process added since the run's cache was loaded is reused, not duplicated.
        var id = Scalar("INSERT INTO Partners (Slug, Name, ParentId) VALUES ($0, $1, $2) ON CONFLICT(Slug) DO UPDATE SET Slug = excluded.Slug RETURNING Id",
            partner.Slug, partner.Name, parentId)!.Value;
        NewPartners.Add((partner.Slug, (int)id));
        return ids[partner.Slug] = id;
    }

    private long? Scalar(string sql, params ReadOnlySpan<object?> values) => Statement(sql).Run(values);

    private void Execute(string sql, params ReadOnlySpan<object?> values) => Statement(sql).Run(values);

    private BoundStatement Statement(string sql)
    {
        if (!statements.TryGetValue(sql, out var statement))
        {
            statements[sql] = statement = new BoundStatement(connection.Handle!, sql);
        }

        return statement;
    }
}
