using System.Runtime.CompilerServices;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>One line of the jurisdiction list: only what the list, CSV and API show, and only public claims.</summary>
public sealed record JurisdictionRow(
    int Id,
    string Slug,
    string Name,
    string StateCode,
    string StateName,
    JurisdictionType? Type,
    string? County,
    int? Population,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Public tactics, filled by <see cref="JurisdictionQueries.WithTacticsAsync"/> in one query per page.</summary>
    public IReadOnlyList<TacticRef> Tactics { get; init; } = [];
}

/// <summary>
/// The questions the directory answers about jurisdictions, as composable query steps. Callers start from
/// <see cref="AtlasDb.PublicJurisdictions"/>; which claims are public is <see cref="Visibility.PublicClaim"/>.
/// </summary>
public static class JurisdictionQueries
{
    public static async Task<IReadOnlyDictionary<string, TacticRef>> TacticLookupAsync(AtlasDb db, CancellationToken ct) =>
        await db.Tactics.AsNoTracking()
            .Select(t => new TacticRef(t.Id, t.Slug, t.Name))
            .ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, ct);

    public static IQueryable<Jurisdiction> Matching(this IQueryable<Jurisdiction> query, JurisdictionFilter filter) =>
        query
            .WhereTactics([.. filter.Tactics.Select(t => t.Id)], filter.MatchAll, filter.StatedOnly)
            .WhereState(filter.State)
            .WhereType(filter.Type)
            .WherePopulation(filter.MinPopulation, filter.MaxPopulation)
            .WhereText(filter.Text);

    /// <summary>
    /// Jurisdictions publicly claiming every one (matchAll) or any one of the tactics; with <paramref name="statedOnly"/>,
    /// claims a narrative sentence or an editor states.
    /// </summary>
    public static IQueryable<Jurisdiction> WhereTactics(this IQueryable<Jurisdiction> query, int[] tacticIds, bool matchAll, bool statedOnly = false)
    {
        if (tacticIds.Length == 0)
        {
            return query;
        }

        if (!matchAll)
        {
            return query.Where(j => j.Claims.AsQueryable().Where(Visibility.PublicClaim).Where(c => !statedOnly || c.Evidence.AsQueryable().Any(Visibility.StatedEvidence)).Any(c => tacticIds.Contains(c.TacticId)));
        }

        foreach (var id in tacticIds)
        {
            query = query.Where(j => j.Claims.AsQueryable().Where(Visibility.PublicClaim).Where(c => !statedOnly || c.Evidence.AsQueryable().Any(Visibility.StatedEvidence)).Any(c => c.TacticId == id));
        }

        return query;
    }

    public static IQueryable<Jurisdiction> WhereState(this IQueryable<Jurisdiction> query, string? stateCode) =>
        stateCode is null ? query : query.Where(j => j.StateCode == stateCode);

    public static IQueryable<Jurisdiction> WhereType(this IQueryable<Jurisdiction> query, JurisdictionType? type) =>
        type is null ? query : query.Where(j => j.Type == type);

    public static IQueryable<Jurisdiction> WherePopulation(this IQueryable<Jurisdiction> query, int? min, int? max)
    {
        if (min is not null)
        {
            query = query.Where(j => j.Population >= min);
        }

        return max is null ? query : query.Where(j => j.Population <= max);
    }

    /// <summary>Case-insensitive text in the name, the county or the name of a partner that worked there.</summary>
    public static IQueryable<Jurisdiction> WhereText(this IQueryable<Jurisdiction> query, string? text)
    {
        if (text is null)
        {
            return query;
        }

        var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return query.Where(j =>
            EF.Functions.Like(j.Name, pattern, "\\")
            || EF.Functions.Like(j.County!, pattern, "\\")
            || j.Partners.Any(p => EF.Functions.Like(p.Partner.Name, pattern, "\\")));
    }

    public static IQueryable<Jurisdiction> SortBy(this IQueryable<Jurisdiction> query, JurisdictionSort sort) => sort switch
    {
        // Name then Id follows the Name index (SQLite appends the rowid), so no sort step is needed.
        JurisdictionSort.NameDescending => query.OrderByDescending(j => j.Name).ThenByDescending(j => j.Id),
        // Unknown populations go last either way: they are neither small nor large. Ties go by name, then id, so an
        // order is always the same one (the directory index sorts alike).
        JurisdictionSort.Population => query.OrderBy(j => j.Population == null).ThenBy(j => j.Population).ThenBy(j => j.Name).ThenBy(j => j.Id),
        JurisdictionSort.PopulationDescending => query.OrderBy(j => j.Population == null).ThenByDescending(j => j.Population).ThenBy(j => j.Name).ThenBy(j => j.Id),
        JurisdictionSort.Updated => query.OrderBy(j => j.UpdatedAt).ThenBy(j => j.Name).ThenBy(j => j.Id),
        JurisdictionSort.UpdatedDescending => query.OrderByDescending(j => j.UpdatedAt).ThenBy(j => j.Name).ThenBy(j => j.Id),
        _ => query.OrderBy(j => j.Name).ThenBy(j => j.Id),
    };

    /// <summary>The row's own columns; tactics come from <see cref="WithTacticsAsync"/>.</summary>
    public static IQueryable<JurisdictionRow> SelectRow(this IQueryable<Jurisdiction> query) =>
        query.Select(j => new JurisdictionRow(j.Id, j.Slug, j.Name, j.StateCode, j.StateName, j.Type, j.County, j.Population, j.UpdatedAt));

    /// <summary>
    /// Adds each row's public tactics with one indexed query for the whole batch. Joining claims into the paged
    /// query instead makes SQLite materialise every claim in the store (hundreds of ms at 30,000 places).
    /// </summary>
    public static async Task<IReadOnlyList<JurisdictionRow>> WithTacticsAsync(this AtlasDb db, IReadOnlyList<JurisdictionRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var ids = rows.Select(r => r.Id).ToArray();
        var claims = await db.Claims.AsNoTracking()
            .Where(Visibility.PublicClaim)
            .Where(c => ids.Contains(c.JurisdictionId))
            .OrderBy(c => c.Tactic.SortOrder)
            .Select(c => new { c.JurisdictionId, Tactic = new TacticRef(c.TacticId, c.Tactic.Slug, c.Tactic.Name) })
            .ToListAsync(ct);
        var byPlace = claims.ToLookup(c => c.JurisdictionId, c => c.Tactic);
        return [.. rows.Select(r => r with { Tactics = [.. byPlace[r.Id]] })];
    }

    public static async Task<IReadOnlyList<JurisdictionRow>> ToRowsAsync(this IQueryable<Jurisdiction> query, AtlasDb db, CancellationToken ct) =>
        await db.WithTacticsAsync(await query.SelectRow().ToListAsync(ct), ct);

    /// <summary>The filter's page of public jurisdictions; counting and cutting both happen in SQL.</summary>
    public static async Task<Paged<JurisdictionRow>> PageAsync(this AtlasDb db, JurisdictionFilter filter, CancellationToken ct)
    {
        var matching = db.PublicJurisdictions.AsNoTracking().Matching(filter);
        var total = await matching.CountAsync(ct);
        var rows = await matching
            .SortBy(filter.Sort)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .ToRowsAsync(db, ct);
        return new Paged<JurisdictionRow>(rows, total, filter.Page, filter.PageSize);
    }

    /// <summary>Every matching row, fetched a batch at a time so an export never holds the directory in memory.</summary>
    public static async IAsyncEnumerable<JurisdictionRow> StreamAsync(this AtlasDb db, JurisdictionFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        // One ordered read of the rows; their tactics are fetched per batch while it stays open, so the
        // sort runs once (re-running an OFFSET query per batch re-sorts the whole result each time).
        const int batchSize = 1000;
        var batch = new List<JurisdictionRow>(batchSize);
        await foreach (var row in db.PublicJurisdictions.AsNoTracking().Matching(filter).SortBy(filter.Sort).SelectRow().AsAsyncEnumerable().WithCancellation(ct))
        {
            batch.Add(row);
            if (batch.Count == batchSize)
            {
                foreach (var filled in await db.WithTacticsAsync(batch, ct))
                {
                    yield return filled;
                }

                batch.Clear();
            }
        }

        foreach (var filled in await db.WithTacticsAsync([.. batch], ct))
        {
            yield return filled;
        }
    }
}
