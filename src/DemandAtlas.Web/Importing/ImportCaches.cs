using DemandAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Importing;

/// <summary>Per-run lookups: the tactic lexicon and ids, and every partner's id by slug (shared partners).</summary>
public sealed class ImportCaches(TacticLexicon lexicon, Dictionary<string, int> tacticIds, Dictionary<string, int> partnerIds, Dictionary<string, KnownJurisdiction> jurisdictions)
{
    public TacticLexicon Lexicon { get; } = lexicon;
    public IReadOnlyDictionary<string, int> TacticIds => tacticIds;
    public IReadOnlyDictionary<string, int> PartnerIds => partnerIds;

    /// <summary>
    /// Every jurisdiction's id, state and source hash by slug, read once per run: the unchanged check and the
    /// neighbour links then cost no query per document (a few dozen bytes a jurisdiction).
    /// </summary>
    public IReadOnlyDictionary<string, KnownJurisdiction> Jurisdictions => jurisdictions;

    public static async Task<ImportCaches> LoadAsync(AtlasDb db, CancellationToken cancellationToken)
    {
        var lexicon = await TacticLexicon.LoadAsync(db, cancellationToken);
        var tactics = await db.Tactics.AsNoTracking().ToDictionaryAsync(t => t.Slug, t => t.Id, StringComparer.Ordinal, cancellationToken);
        var partners = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Slug, p => p.Id, StringComparer.Ordinal, cancellationToken);
        var jurisdictions = await db.Jurisdictions.AsNoTracking()
            .Select(j => new { j.Slug, j.Id, j.StateCode, j.SourceSha256 })
            .ToDictionaryAsync(j => j.Slug, j => new KnownJurisdiction(j.Id, j.StateCode, j.SourceSha256), StringComparer.Ordinal, cancellationToken);
        return new ImportCaches(lexicon, tactics, partners, jurisdictions);
    }

    /// <summary>The id of a jurisdiction with this slug in this state, if the store has one.</summary>
    public int? JurisdictionId(string slug, string stateCode) =>
        jurisdictions.TryGetValue(slug, out var known) && known.StateCode == stateCode ? known.Id : null;

    /// <summary>A document's jurisdiction, written inside the run's transaction, is known to the rest of the run.</summary>
    public void Remember(string slug, KnownJurisdiction jurisdiction) => jurisdictions[slug] = jurisdiction;

    /// <summary>Partners created by a committed document become visible to the rest of the run.</summary>
    public void Commit(IEnumerable<(string Slug, int Id)> created)
    {
        foreach (var (slug, id) in created)
        {
            partnerIds[slug] = id;
        }
    }
}

public sealed record KnownJurisdiction(int Id, string StateCode, string? Sha);
