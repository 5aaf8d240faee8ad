using DemandAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Importing;

/// <summary>Per-run lookups: the tactic lexicon and ids, and every partner's id by slug (shared partners).</summary>
public sealed class ImportCaches(TacticLexicon lexicon, Dictionary<string, int> tacticIds, Dictionary<string, int> partnerIds)
{
    public TacticLexicon Lexicon { get; } = lexicon;
    public IReadOnlyDictionary<string, int> TacticIds => tacticIds;
    public IReadOnlyDictionary<string, int> PartnerIds => partnerIds;

    public static async Task<ImportCaches> LoadAsync(AtlasDb db, CancellationToken cancellationToken)
    {
        var lexicon = await TacticLexicon.LoadAsync(db, cancellationToken);
        var tactics = await db.Tactics.AsNoTracking().ToDictionaryAsync(t => t.Slug, t => t.Id, StringComparer.Ordinal, cancellationToken);
        var partners = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Slug, p => p.Id, StringComparer.Ordinal, cancellationToken);
        return new ImportCaches(lexicon, tactics, partners);
    }

    /// <summary>Partners created by a committed document become visible to the rest of the run.</summary>
    public void Commit(IEnumerable<(string Slug, int Id)> created)
    {
        foreach (var (slug, id) in created)
        {
            partnerIds[slug] = id;
        }
    }
}
