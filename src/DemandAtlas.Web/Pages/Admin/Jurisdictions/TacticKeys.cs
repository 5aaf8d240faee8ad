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
        foreach (var t in await db.Tactics.AsNoTracking().Select(t => new { t.Slug, t.Name }).ToListAsync(cancellationToken))
        {
            keys.TryAdd(TacticCatalog.Key(t.Name), t.Slug);
            keys.TryAdd(TacticCatalog.Key(t.Slug), t.Slug);
        }

        foreach (var a in await db.TacticAliases.AsNoTracking().Select(a => new { a.Key, a.Tactic.Slug }).ToListAsync(cancellationToken))
        {
            keys.TryAdd(a.Key, a.Slug);
        }

        return keys;
    }
}
