using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Jurisdictions;

public static class TacticKeys
{
    /// <summary>Matching key (TacticCatalog.Key) of every tactic name, slug and alias → tactic slug, read from the store.</summary>
    public static async Task<Dictionary<string, string>> LoadAsync(AtlasDb db, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var q = CompiledQueries.For<Queries>(db);
        await foreach (var t in q.Names(db).WithCancellation(cancellationToken))
        {
            keys.TryAdd(TacticCatalog.Key(t.Name), t.Slug);
            keys.TryAdd(TacticCatalog.Key(t.Slug), t.Slug);
        }

        await foreach (var a in q.Aliases(db).WithCancellation(cancellationToken))
        {
            keys.TryAdd(a.Key, a.Slug);
        }

        return keys;
    }

    /// <summary>Compiled: every save reads them.</summary>
    private sealed class Queries
    {
        public readonly Func<AtlasDb, IAsyncEnumerable<Named>> Names = EF.CompileAsyncQuery(
            (AtlasDb db) => db.Tactics.AsNoTracking().Select(t => new Named(t.Slug, t.Name)));

        public readonly Func<AtlasDb, IAsyncEnumerable<Alias>> Aliases = EF.CompileAsyncQuery(
            (AtlasDb db) => db.TacticAliases.AsNoTracking().Select(a => new Alias(a.Key, a.Tactic.Slug)));
    }

    private sealed record Named(string Slug, string Name);

    private sealed record Alias(string Key, string Slug);
}
