using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Pages.Jurisdictions;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Operations;

public sealed record PartnerRef(string Slug, string Name);

/// <summary>A public operation with where it happened; confidential operations never become rows.</summary>
public sealed record OperationRow(
    int Id,
    string JurisdictionSlug,
    string JurisdictionName,
    string StateCode,
    int Year,
    int? Month,
    int? Day,
    int? Arrests,
    string Summary)
{
    public IReadOnlyList<TacticRef> Tactics { get; init; } = [];
    public IReadOnlyList<PartnerRef> Partners { get; init; } = [];

    public string Date => OperationDate.Format(Year, Month, Day);
}

/// <summary>A year of enforcement for tables and charts; confidential operations are counted here.</summary>
public sealed record YearCount(int Year, int Operations, int Arrests);

public static class OperationQueries
{
    public static IQueryable<Operation> Matching(this IQueryable<Operation> query, AtlasDb db, OperationFilter filter)
    {
        var where = filter.Where;
        if (where.State is not null || where.Type is not null || where.MinPopulation is not null || where.MaxPopulation is not null || where.Text is not null)
        {
            var places = db.PublicJurisdictions
                .WhereState(where.State)
                .WhereType(where.Type)
                .WherePopulation(where.MinPopulation, where.MaxPopulation)
                .WhereText(where.Text)
                .Select(j => j.Id);
            query = query.Where(o => places.Contains(o.JurisdictionId));
        }

        return query
            .WhereTactics([.. where.Tactics.Select(t => t.Id)], where.MatchAll)
            .WhereYears(filter.FromYear, filter.ToYear);
    }

    /// <summary>Operations showing these tactics (<see cref="Visibility.PublicOperationTactic"/>): a hidden claim's tactic never matches.</summary>
    public static IQueryable<Operation> WhereTactics(this IQueryable<Operation> query, int[] tacticIds, bool matchAll)
    {
        if (tacticIds.Length == 0)
        {
            return query;
        }

        if (!matchAll)
        {
            return query.Where(o => o.Tactics.AsQueryable().Where(Visibility.PublicOperationTactic).Any(t => tacticIds.Contains(t.TacticId)));
        }

        foreach (var id in tacticIds)
        {
            query = query.Where(o => o.Tactics.AsQueryable().Where(Visibility.PublicOperationTactic).Any(t => t.TacticId == id));
        }

        return query;
    }

    public static IQueryable<Operation> WhereYears(this IQueryable<Operation> query, int? from, int? to)
    {
        if (from is not null)
        {
            query = query.Where(o => o.Year >= from);
        }

        return to is null ? query : query.Where(o => o.Year <= to);
    }

    public static IQueryable<Operation> NewestFirst(this IQueryable<Operation> query) =>
        query.OrderByDescending(o => o.Year).ThenByDescending(o => o.Month).ThenByDescending(o => o.Day).ThenByDescending(o => o.Id);

    /// <summary>The operation's own columns; tactics and partners come from <see cref="WithDetailsAsync"/>.</summary>
    public static IQueryable<OperationRow> SelectRow(this IQueryable<Operation> query) => query.Select(Row);

    /// <summary>The row's projection, for queries that cannot call <see cref="SelectRow"/> (compiled ones).</summary>
    public static readonly Expression<Func<Operation, OperationRow>> Row =
        o => new OperationRow(o.Id, o.Jurisdiction.Slug, o.Jurisdiction.Name, o.Jurisdiction.StateCode, o.Year, o.Month, o.Day, o.Arrests, o.Summary);

    /// <summary>Adds tactics and partners to a batch of rows with two indexed queries (never a join per row); only shown tactics.</summary>
    public static async Task<IReadOnlyList<OperationRow>> WithDetailsAsync(this AtlasDb db, IReadOnlyList<OperationRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var ids = rows.Select(r => r.Id).ToArray();
        var q = CompiledQueries.For<Queries>(db);
        var tactics = (await q.TacticsOf(db, ids).ToListAsync(ct)).ToLookup(t => t.OperationId, t => t.Tactic);
        var partners = (await q.PartnersOf(db, ids).ToListAsync(ct)).ToLookup(p => p.OperationId, p => p.Partner);
        return [.. rows.Select(r => r with { Tactics = [.. tactics[r.Id]], Partners = [.. partners[r.Id]] })];
    }

    private sealed record TacticOf(int OperationId, TacticRef Tactic);

    private sealed record PartnerOf(int OperationId, PartnerRef Partner);

    /// <summary>Compiled once per model (see <see cref="CompiledQueries"/>): every profile and operations page asks both.</summary>
    private sealed class Queries
    {
        public readonly Func<AtlasDb, int[], IAsyncEnumerable<TacticOf>> TacticsOf = EF.CompileAsyncQuery(
            (AtlasDb db, int[] ids) => db.OperationTactics.AsNoTracking()
                .Where(t => ids.Contains(t.OperationId))
                .Where(Visibility.PublicOperationTactic)
                .OrderBy(t => t.Tactic.SortOrder)
                .Select(t => new TacticOf(t.OperationId, new TacticRef(t.TacticId, t.Tactic.Slug, t.Tactic.Name))));

        public readonly Func<AtlasDb, int[], IAsyncEnumerable<PartnerOf>> PartnersOf = EF.CompileAsyncQuery(
            (AtlasDb db, int[] ids) => db.OperationPartners.AsNoTracking()
                .Where(p => ids.Contains(p.OperationId))
                .OrderBy(p => p.Partner.Name)
                .Select(p => new PartnerOf(p.OperationId, new PartnerRef(p.Partner.Slug, p.Partner.Name))));
    }

    public static async Task<IReadOnlyList<OperationRow>> ToRowsAsync(this IQueryable<Operation> query, AtlasDb db, CancellationToken ct) =>
        await db.WithDetailsAsync(await query.SelectRow().ToListAsync(ct), ct);

    public static async Task<Paged<OperationRow>> PageAsync(AtlasDb db, OperationFilter filter, CancellationToken ct)
    {
        var matching = db.PublicOperations.AsNoTracking().Matching(db, filter);
        var total = await matching.CountAsync(ct);
        var rows = await matching.NewestFirst()
            .Skip((filter.Where.Page - 1) * filter.Where.PageSize)
            .Take(filter.Where.PageSize)
            .ToRowsAsync(db, ct);
        return new Paged<OperationRow>(rows, total, filter.Where.Page, filter.Where.PageSize);
    }

    /// <summary>Every matching operation, newest first, a batch at a time.</summary>
    public static async IAsyncEnumerable<OperationRow> StreamAsync(AtlasDb db, OperationFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        // One ordered read of the rows; their tactics are fetched per batch while it stays open, so the
        // sort runs once (re-running an OFFSET query per batch re-sorts the whole result each time).
        const int batchSize = 1000;
        var batch = new List<OperationRow>(batchSize);
        await foreach (var row in db.PublicOperations.AsNoTracking().Matching(db, filter).NewestFirst().SelectRow().AsAsyncEnumerable().WithCancellation(ct))
        {
            batch.Add(row);
            if (batch.Count == batchSize)
            {
                foreach (var filled in await db.WithDetailsAsync(batch, ct))
                {
                    yield return filled;
                }

                batch.Clear();
            }
        }

        foreach (var filled in await db.WithDetailsAsync([.. batch], ct))
        {
            yield return filled;
        }
    }

    /// <summary>Operations and arrests per year, oldest first, confidential operations included in the counts.</summary>
    public static async Task<IReadOnlyList<YearCount>> ByYearAsync(this IQueryable<Operation> counted, CancellationToken ct) =>
        await counted
            .GroupBy(o => o.Year)
            .OrderBy(g => g.Key)
            .Select(g => new YearCount(g.Key, g.Count(), g.Sum(o => o.Arrests ?? 0)))
            .ToListAsync(ct);
}
