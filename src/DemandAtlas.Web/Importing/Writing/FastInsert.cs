using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Importing.Pipeline;
using Microsoft.Data.Sqlite;

namespace DemandAtlas.Web.Importing.Writing;

/// <summary>
/// The SQLite sink: inserts a new jurisdiction's rows with prepared statements reused for the whole run. A new
/// document is the bulk case (a first import of thousands), where the change tracker's cost per row would dominate;
/// <see cref="EntitySink"/> writes the same rows through EF, and updates, which must respect staff edits, go
/// through EF in <see cref="ImportWriter"/>. Column names follow the EF model (Data/Configurations); a test fills
/// one store through each sink and compares every row.
/// </summary>
internal sealed class FastInsert(SqliteConnection connection) : IJurisdictionSink, IDisposable
{
    private static readonly UtcTextConverter Utc = new();
    private readonly Dictionary<string, BoundStatement> statements = new(StringComparer.Ordinal);
    private readonly List<(string Slug, int Id)> newPartners = [];

    /// <summary>Partners this document created, to publish to the run's cache after commit.</summary>
    public IReadOnlyList<(string Slug, int Id)> NewPartners => newPartners;

    /// <summary>Every statement prepared so far, by its SQL (tests check their plans and costs).</summary>
    internal IReadOnlyDictionary<string, BoundStatement> Statements => statements;

    /// <summary>The id of the jurisdiction the last <see cref="Insert(JurisdictionRows, DateTimeOffset)"/> created.</summary>
    public int LastId { get; private set; }

    public void Dispose()
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }
    }

    public Task<int> InsertAsync(JurisdictionRows rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Insert(rows, now);
        return Task.FromResult(LastId);
    }

    /// <summary>Builds a document's rows and inserts them; returns the warnings stored with it.</summary>
    public List<ProfileIssue> Insert(PreparedDocument prepared, DateTimeOffset now, ImportCaches caches)
    {
        var rows = JurisdictionRows.FromDocument(prepared, caches);
        Insert(rows, now);
        return rows.NewJurisdictionWarnings();
    }

    /// <summary>Runs inside the importer's open transaction: the statements share its connection.</summary>
    public void Insert(JurisdictionRows rows, DateTimeOffset now)
    {
        newPartners.Clear();
        var j = rows.Fields;
        var stamp = (string)Utc.ConvertToProvider(now)!;
        var id = Scalar(
            "INSERT INTO Jurisdictions (Slug, Name, StateCode, StateName, Type, County, Population, Latitude, Longitude, CoordinateSource, NarrativeMarkdown, NarrativeHtml, SourceFile, SourceSha256, HadMenuTacticsBlock, IsPublished, DeletedAt, CreatedAt, UpdatedAt, ImportedAt, Version) VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1, NULL, $15, $15, $15, 1) RETURNING Id",
            j.Slug, j.Name, j.StateCode, j.StateName, j.Type?.ToString(), j.County, j.Population,
            j.Latitude, j.Longitude, j.CoordinateSource?.ToString(), j.NarrativeMarkdown,
            j.NarrativeHtml, j.SourceFile, j.SourceSha256, j.HadMenuTacticsBlock, stamp)!.Value;
        LastId = (int)id;
        // The place's INSERT has named it in the change feed; its own rows below need not (see the migration
        // QuietFeedForNewPlaces). Inside the batch's transaction, so no other connection sees the quiet row.
        Execute("INSERT INTO FeedQuiet (JurisdictionId) VALUES ($0)", id);

        foreach (var claimRow in rows.Claims)
        {
            var claim = Scalar("INSERT INTO Claims (JurisdictionId, TacticId, Status, IsConfidential) VALUES ($0, $1, $2, 0) RETURNING Id", id, claimRow.TacticId, claimRow.Status.ToString());
            foreach (var evidence in claimRow.Evidence)
            {
                Execute("INSERT INTO Evidence (ClaimId, Kind, Text, Line, AddedBy) VALUES ($0, $1, $2, $3, NULL)", claim, evidence.Kind.ToString(), evidence.Text, evidence.Line);
            }
        }

        var partnerIds = new Dictionary<PartnerRef, long>(ReferenceEqualityComparer.Instance);
        var order = 0;
        foreach (var partner in rows.Partners)
        {
            Execute("INSERT INTO JurisdictionPartners (JurisdictionId, PartnerId, SortOrder) VALUES ($0, $1, $2)", id, PartnerId(partner, partnerIds), order++);
        }

        foreach (var operation in rows.Operations)
        {
            var operationId = Scalar(
                "INSERT INTO Operations (JurisdictionId, Year, Month, Day, Arrests, Summary, Line, IsConfidential) VALUES ($0, $1, $2, $3, $4, $5, $6, $7) RETURNING Id",
                id, operation.Year, operation.Month, operation.Day, operation.Arrests, operation.Summary, operation.Line, operation.IsConfidential);
            foreach (var tacticId in operation.TacticIds)
            {
                Execute("INSERT INTO OperationTactics (OperationId, TacticId) VALUES ($0, $1)", operationId, tacticId);
            }

            foreach (var partner in operation.Partners)
            {
                Execute("INSERT OR IGNORE INTO OperationPartners (OperationId, PartnerId) VALUES ($0, $1)", operationId, PartnerId(partner, partnerIds));
            }
        }

        order = 0;
        foreach (var source in rows.Sources)
        {
            var sourceId = Scalar("INSERT INTO Sources (JurisdictionId, Category, SortOrder) VALUES ($0, $1, $2) RETURNING Id", id, source.Category, order++);
            foreach (var tacticId in source.TacticIds)
            {
                Execute("INSERT INTO SourceTactics (SourceId, TacticId) VALUES ($0, $1)", sourceId, tacticId);
            }

            var item = 0;
            foreach (var citation in source.Items)
            {
                Execute("INSERT INTO SourceItems (SourceId, Title, Outlet, Date, Url, SortOrder) VALUES ($0, $1, $2, $3, $4, $5)",
                    sourceId, citation.Title, citation.Outlet, citation.Date, citation.Url, item++);
            }
        }

        for (var i = 0; i < rows.Neighbours.Count; i++)
        {
            var neighbour = rows.Neighbours[i];
            Execute("INSERT INTO RelatedJurisdictions (JurisdictionId, Name, MatchedJurisdictionId, SortOrder) VALUES ($0, $1, $2, $3)", id, neighbour.Name, neighbour.MatchedJurisdictionId, i);
        }

        Execute("DELETE FROM FeedQuiet WHERE JurisdictionId = $0", id);

        // Earlier profiles that named this place before it had a profile now point at it, and their "no profile
        // matches yet" warnings go: left in place they would fill the review page with warnings no longer true.
        // Both statements start from the few neighbour rows with this name, not from every place in the state or
        // every open warning (which made a bulk import quadratic in the directory's size). A place is never its own
        // neighbour (NeighbourMatcher).
        Execute("UPDATE RelatedJurisdictions SET MatchedJurisdictionId = $0 WHERE Name = $1 AND MatchedJurisdictionId IS NULL AND JurisdictionId <> $0 AND EXISTS (SELECT 1 FROM Jurisdictions j WHERE j.Id = RelatedJurisdictions.JurisdictionId AND j.StateCode = $2)",
            id, j.Name, j.StateCode);
        Execute("DELETE FROM ImportWarnings WHERE Id IN (SELECT w.Id FROM RelatedJurisdictions r JOIN ImportWarnings w ON w.JurisdictionId = r.JurisdictionId WHERE r.Name = $2 AND r.MatchedJurisdictionId = $3 AND w.Code = $0 AND w.Message = $1 AND w.ReviewedAt IS NULL)",
            WarningCodes.UnmatchedNeighbour, NeighbourMatcher.UnmatchedMessage(j.Name), j.Name, id);

        foreach (var warning in rows.NewJurisdictionWarnings())
        {
            Execute("INSERT INTO ImportWarnings (JurisdictionId, File, Line, Code, Message, CreatedAt, ReviewedAt, ReviewedBy) VALUES ($0, $1, $2, $3, $4, $5, NULL, NULL)",
                id, j.SourceFile, warning.Line, warning.Code, warning.Message, stamp);
        }
    }

    private long PartnerId(PartnerRef partner, Dictionary<PartnerRef, long> ids)
    {
        if (partner.Id is { } stored)
        {
            return stored;
        }

        if (ids.TryGetValue(partner, out var known))
        {
            return known;
        }

        long? parentId = partner.Parent is null ? null : PartnerId(partner.Parent, ids);

        // ON CONFLICT: a partner another process added since the run's cache was loaded is reused, not duplicated.
        var id = Scalar("INSERT INTO Partners (Slug, Name, ParentId) VALUES ($0, $1, $2) ON CONFLICT(Slug) DO UPDATE SET Slug = excluded.Slug RETURNING Id",
            partner.Slug, partner.Name, parentId)!.Value;
        newPartners.Add((partner.Slug, (int)id));
        return ids[partner] = id;
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
