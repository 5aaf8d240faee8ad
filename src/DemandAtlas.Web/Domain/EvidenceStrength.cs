namespace DemandAtlas.Web.Domain;

/// <summary>
/// How strongly a claim is supported: the strength of its strongest piece of evidence. Numbered weakest first; the
/// store keeps the number on each claim (<see cref="TacticClaim.Strength"/>) so queues can filter and sort by it.
/// </summary>
/// <remarks>
/// The order, strongest first, and why:
/// <list type="bullet">
/// <item><c>editor</c>: a named member of staff checked a source and wrote down where it is; a person vouches for it.</item>
/// <item><c>stated</c>: a sentence of the profile describes the act in this place; a reader can check the sentence, but
/// only a rule of the importer read it.</item>
/// <item><c>named</c>: a Key Sources heading names the tactic; sources about it exist, yet the page does not say what
/// was done.</item>
/// <item><c>listed</c>: an entry in a Tactics Used list. On real pages such lists are nearly always the site's menu, so
/// even a list that passed as the place's own says the least.</item>
/// </list>
/// </remarks>
public enum EvidenceStrength
{
    Listed = 1,
    Named = 2,
    Stated = 3,
    Editor = 4,
}

/// <summary>The one mapping from evidence kinds to strengths and from strengths to the names readers see.</summary>
public static class EvidenceStrengths
{
    public static readonly IReadOnlyList<EvidenceStrength> WeakestFirst =
        [EvidenceStrength.Listed, EvidenceStrength.Named, EvidenceStrength.Stated, EvidenceStrength.Editor];

    public static EvidenceStrength Of(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Listed => EvidenceStrength.Listed,
        EvidenceKind.SourceHeading => EvidenceStrength.Named,
        EvidenceKind.Narrative => EvidenceStrength.Stated,
        EvidenceKind.Editor => EvidenceStrength.Editor,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An evidence kind without a strength."),
    };

    /// <summary>The strength of the strongest evidence, or null for a claim with none left (staff confirmed it, a re-import took its lines).</summary>
    public static EvidenceStrength? Strongest(IEnumerable<EvidenceKind> kinds) =>
        kinds.Select(k => (EvidenceStrength?)Of(k)).Max();

    /// <summary>`listed`, `named`, `stated` or `editor`: in the API, the export, the profile and the review queue's links.</summary>
    public static string Name(EvidenceStrength strength) => strength switch
    {
        EvidenceStrength.Listed => "listed",
        EvidenceStrength.Named => "named",
        EvidenceStrength.Stated => "stated",
        EvidenceStrength.Editor => "editor",
        _ => throw new ArgumentOutOfRangeException(nameof(strength), strength, "An unknown evidence strength."),
    };

    public static string Name(EvidenceKind kind) => Name(Of(kind));

    public static string? Name(EvidenceStrength? strength) => strength is { } s ? Name(s) : null;

    public static bool TryParse(string? name, out EvidenceStrength strength)
    {
        foreach (var candidate in WeakestFirst)
        {
            if (string.Equals(Name(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                strength = candidate;
                return true;
            }
        }

        strength = default;
        return false;
    }

    /// <summary>What a piece of evidence of this strength is, in a reader's words.</summary>
    public static string Describe(EvidenceStrength strength) => strength switch
    {
        EvidenceStrength.Listed => "Listed among the profile's tactics",
        EvidenceStrength.Named => "Named in a source heading",
        EvidenceStrength.Stated => "Stated in the narrative",
        EvidenceStrength.Editor => "Added by an editor",
        _ => "Evidence",
    };

    public static string Describe(EvidenceKind kind) => Describe(Of(kind));
}
