using DemandAtlas.Web.Data;
using DemandAtlas.Web.Editing;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Importing.Writing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Importing.Pipeline;

/// <summary>Per-run lookups: the tactic lexicon and ids, and every partner's id by slug (shared partners).</summary>
public sealed class ImportCaches(TacticLexicon lexicon, Dictionary<string, int> tacticIds, PartnerResolver partners, Dictionary<string, KnownJurisdiction> jurisdictions)
{
    public TacticLexicon Lexicon { get; } = lexicon;
    public IReadOnlyDictionary<string, int> TacticIds => tacticIds;

    /// <summary>Every partner and merged partner's slug (see <see cref="PartnerResolver"/>).</summary>
    public PartnerResolver Partners { get; } = partners;

    /// <summary>
    /// Every jurisdiction's id, state and source hash by slug, read once per run: the unchanged check and the
    /// neighbour links then cost no query per document (a few dozen bytes a jurisdiction).
    /// </summary>
    public IReadOnlyDictionary<string, KnownJurisdiction> Jurisdictions => jurisdictions;

    /// <summary>
    /// Reads the lookups in plain SQL: EF would first compile five queries, about a tenth of a second of every run's
    /// start (column names as in Data/Configurations, like <see cref="FastInsert"/>; the importer tests read back
    /// through EF).
    /// </summary>
    public static async Task<ImportCaches> LoadAsync(AtlasDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var tactics = await ReadAsync(connection, "SELECT Slug, Name, Id FROM Tactics ORDER BY Id",
                r => (Slug: r.GetString(0), Name: r.GetString(1), Id: r.GetInt32(2)), cancellationToken);
            var aliases = await ReadAsync(connection, "SELECT t.Slug, a.Name FROM TacticAliases a JOIN Tactics t ON t.Id = a.TacticId ORDER BY a.Id",
                r => (Slug: r.GetString(0), Alias: r.GetString(1)), cancellationToken);
            var partners = await ReadAsync(connection, "SELECT Slug, Id FROM Partners", r => (Slug: r.GetString(0), Id: r.GetInt32(1)), cancellationToken);
            var merged = await ReadAsync(connection, "SELECT Slug, PartnerId FROM PartnerAliases", r => (Slug: r.GetString(0), Id: r.GetInt32(1)), cancellationToken);
            var jurisdictions = await ReadAsync(connection, "SELECT Slug, Id, StateCode, SourceSha256 FROM Jurisdictions",
                r => (Slug: r.GetString(0), Known: new KnownJurisdiction(r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3))), cancellationToken);
            return new ImportCaches(
                new TacticLexicon(tactics.Select(t => (t.Slug, t.Name)), aliases),
                tactics.ToDictionary(t => t.Slug, t => t.Id, StringComparer.Ordinal),
                PartnerResolver.From(partners, merged),
                jurisdictions.ToDictionary(j => j.Slug, j => j.Known, StringComparer.Ordinal));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    /// <summary>A document's jurisdiction, written inside the run's transaction, is known to the rest of the run.</summary>
    public void Remember(string slug, KnownJurisdiction jurisdiction) => jurisdictions[slug] = jurisdiction;

    /// <summary>Partners created by a committed document become visible to the rest of the run.</summary>
    public void Commit(IEnumerable<(string Slug, int Id)> created)
    {
        foreach (var (slug, id) in created)
        {
            Partners.Add(slug, id);
        }
    }
}

public sealed record KnownJurisdiction(int Id, string StateCode, string? Sha);
