using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>Something the parser noticed, tied to a line of the document (1-based) when it has one.</summary>
public sealed record ProfileIssue(int? Line, string Code, string Message);

/// <summary>
/// A tactic and the text in the document that supports it. <paramref name="Pending"/>: a rule matched, but a cue near
/// it (a reversal, a seller-side arrest) makes it doubtful; a claim resting only on such findings waits for an editor.
/// </summary>
public sealed record TacticFinding(string Slug, EvidenceKind Kind, string Text, int? Line, bool Pending = false)
{
    /// <summary>The status an imported claim resting on these findings starts with.</summary>
    public static ClaimStatus StatusOf(IEnumerable<TacticFinding> findings) =>
        findings.All(f => f.Pending) ? ClaimStatus.Pending : ClaimStatus.Inferred;
}

/// <summary>A dated operation from the narrative; partners are the Key Partners names it mentions.</summary>
public sealed record ParsedOperation(int Year, int? Month, int? Day, int? Arrests, string Summary, int Line, IReadOnlyList<string> Tactics, IReadOnlyList<string> Partners);

/// <summary>A Key Partners bullet; <see cref="Parent"/> is the name of the partner a sub-unit belongs to.</summary>
public sealed record ParsedPartner(string Name, string Slug, string? Parent, int Line);

public sealed record ParsedCitation(string? Title, string? Outlet, string? Date, string? Url, int Line);

public sealed record ParsedSource(string Category, IReadOnlyList<string> Tactics, IReadOnlyList<ParsedCitation> Items, int Line);

public sealed record ParsedNeighbour(string Name, int Line);

/// <summary>Everything the parser read from one profile document. No database involved.</summary>
public sealed class ParsedProfile(string file)
{
    public string File { get; } = file;
    public string Name { get; set; } = "";
    public string StateCode { get; set; } = "";
    public string StateName { get; set; } = "";
    public bool IsStateLevel { get; set; }
    public string Slug { get; set; } = "";
    public JurisdictionType? Type { get; set; }
    public string? County { get; set; }
    public int? Population { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string NarrativeMarkdown { get; set; } = "";
    public bool HadMenuTacticsBlock { get; set; }
    public List<TacticFinding> Tactics { get; } = [];
    public List<ParsedOperation> Operations { get; } = [];
    public List<ParsedPartner> Partners { get; } = [];
    public List<ParsedSource> Sources { get; } = [];
    public List<ParsedNeighbour> Neighbours { get; } = [];
    public List<ProfileIssue> Warnings { get; } = [];
    public List<ProfileIssue> Errors { get; } = [];

    public bool Failed => Errors.Count > 0;

    /// <summary>The distinct tactic slugs the evidence supports, in first-seen order.</summary>
    public IReadOnlyList<string> ClaimedTactics => [.. Tactics.Select(t => t.Slug).Distinct(StringComparer.Ordinal)];

    public void Warn(int? line, string code, string message) => Warnings.Add(new ProfileIssue(line, code, message));

    public ParsedProfile Fail(int? line, string message)
    {
        Errors.Add(new ProfileIssue(line, "invalid-document", message));
        return this;
    }
}
