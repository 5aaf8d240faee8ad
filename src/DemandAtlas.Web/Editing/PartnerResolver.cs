using DemandAtlas.Web.Data;
using DemandAtlas.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Editing;

/// <summary>
/// Which stored partner a name stands for, for the importer and staff edits alike: the partner with the name's slug,
/// else the one a partner of that slug was merged into (PartnerAliases, see <see cref="PartnerMerge"/>), so a
/// document or an old revision naming a merged partner links the survivor instead of bringing the duplicate back.
/// Keyed by slug, so case, spacing and punctuation never tell two names apart.
/// </summary>
public sealed class PartnerResolver
{
    private readonly Dictionary<string, int> ids;

    private PartnerResolver(Dictionary<string, int> ids) => this.ids = ids;

    /// <param name="partners">Stored partners' slugs and ids.</param>
    /// <param name="aliases">Slugs of merged partners and the ids they lead to; a partner with the same slug wins.</param>
    public static PartnerResolver From(IEnumerable<(string Slug, int Id)> partners, IEnumerable<(string Slug, int Id)> aliases)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (slug, id) in partners)
        {
            ids[slug] = id;
        }

        foreach (var (slug, id) in aliases)
        {
            ids.TryAdd(slug, id);
        }

        return new PartnerResolver(ids);
    }

    /// <summary>The partners and aliases with these slugs, read in two queries (a staff save names a handful).</summary>
    public static async Task<PartnerResolver> LoadAsync(AtlasDb db, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0)
        {
            return From([], []);
        }

        var partners = await db.Partners.Where(p => slugs.Contains(p.Slug)).Select(p => new { p.Slug, p.Id }).ToListAsync(cancellationToken);
        var aliases = await db.PartnerAliases.Where(a => slugs.Contains(a.Slug)).Select(a => new { a.Slug, a.PartnerId }).ToListAsync(cancellationToken);
        return From(partners.Select(p => (p.Slug, p.Id)), aliases.Select(a => (a.Slug, a.PartnerId)));
    }

    /// <summary>The key a partner's name is looked up by.</summary>
    public static string Key(string name) => Slugs.From(name);

    /// <summary>The id of the partner this slug leads to, if the store has one.</summary>
    public int? Find(string slug) => ids.TryGetValue(slug, out var id) ? id : null;

    /// <summary>A partner created since the lookups were read (published by the importer after a document commits).</summary>
    public void Add(string slug, int id) => ids[slug] = id;
}
