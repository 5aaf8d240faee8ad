using System.Globalization;
using System.Text;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Importing.Corpus;

/// <summary>Tactic counts for precision and recall, summed over documents (micro-averaged).</summary>
public sealed class TacticTally
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }
    public int Documents { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>
/// Compares what the importer stored with the facts and keeps the tallies the corpus table shows. A claimed tactic is
/// a public claim (<see cref="Visibility.IsPublicClaim"/>); a claim resting on a menu block counts as a false positive
/// even where the narrative happens to support the tactic.
/// </summary>
public sealed class CorpusScore
{
    private readonly SortedDictionary<string, TacticTally> byVariety = new(StringComparer.Ordinal);

    public TacticTally Tactics { get; } = new();
    public int MenuItemsClaimed { get; private set; }
    public int PendingClaims { get; private set; }
    public int StrengthRight { get; private set; }
    public int OperationsExpected { get; private set; }
    public int OperationsFound { get; private set; }
    public int OperationsInvented { get; private set; }
    public int ScoredDocuments { get; private set; }
    public int PartnersExact { get; private set; }
    public int SourcesExact { get; private set; }
    public int FooterFacts { get; private set; }
    public int FooterFactsRight { get; private set; }
    public int MustFail { get; private set; }
    public int FailedAsExpected { get; private set; }
    public int FailedWrongly { get; private set; }
    public List<string> Misses { get; } = [];

    public void Add(CorpusFacts facts, ImportedDocument imported)
    {
        var name = Path.GetFileNameWithoutExtension(facts.File);
        if (facts.Fails)
        {
            MustFail++;
            FailedAsExpected += imported.Failed ? 1 : 0;
            Miss(!imported.Failed, name, "was imported but must fail");
            return;
        }

        if (imported.Failed)
        {
            FailedWrongly++;
            Miss(true, name, "failed but must import");
        }

        ScoredDocuments++;
        var tally = new TacticTally { Documents = 1 };
        foreach (var claim in imported.Claims)
        {
            PendingClaims += claim.Status == ClaimStatus.Pending ? 1 : 0;
            if (!claim.IsPublic)
            {
                continue;
            }

            var fromMenu = facts.Menu && claim.Kinds.Contains(EvidenceKind.Listed);
            MenuItemsClaimed += fromMenu ? 1 : 0;
            if (facts.Tactics.TryGetValue(claim.Slug, out var strength) && !fromMenu)
            {
                tally.TruePositives++;
                var strongest = Strength(claim.Kinds);
                StrengthRight += strongest == strength ? 1 : 0;
                Miss(strongest != strength, name, $"{claim.Slug} rests on {strongest} evidence but the facts say {strength}");
            }
            else
            {
                tally.FalsePositives++;
                Misses.Add($"{name}: claimed {claim.Slug}{(fromMenu ? " from the menu" : "")}{(facts.NotSupported.TryGetValue(claim.Slug, out var why) ? $" (not supported: {why})" : "")}");
            }
        }

        foreach (var slug in facts.Tactics.Keys.Where(s => !imported.Claims.Any(c => c.IsPublic && c.Slug == s)))
        {
            tally.FalseNegatives++;
            Misses.Add($"{name}: missed {slug} ({facts.Tactics[slug]})");
        }

        Accumulate(Tactics, tally);
        foreach (var variety in facts.Varieties)
        {
            Accumulate(byVariety.TryGetValue(variety, out var v) ? v : byVariety[variety] = new TacticTally(), tally);
        }

        ScoreOperations(name, facts, imported);
        var partnersExact = facts.Partners.SequenceEqual(imported.Partners);
        PartnersExact += partnersExact ? 1 : 0;
        Miss(!partnersExact, name, $"partners [{Describe(imported.Partners)}] but the facts say [{Describe(facts.Partners)}]");
        var sourcesExact = facts.Sources.Count == imported.Sources.Count && facts.Sources.Zip(imported.Sources)
            .All(p => p.First.Heading == p.Second.Heading && p.First.Tactics.SetEquals(p.Second.Tactics) && p.First.Citations == p.Second.Citations);
        SourcesExact += sourcesExact ? 1 : 0;
        Miss(!sourcesExact, name, $"sources [{Describe(imported.Sources)}] but the facts say [{Describe(facts.Sources)}]");
        Footer(name, "state", facts.State, imported.State);
        Footer(name, "type", facts.Type, imported.Type);
        Footer(name, "population", facts.Population, imported.Population);
        Footer(name, "location", facts.Location, imported.Location);
    }

    private void ScoreOperations(string name, CorpusFacts facts, ImportedDocument imported)
    {
        var found = imported.Operations.ToList();
        OperationsExpected += facts.Operations.Count;
        foreach (var expected in facts.Operations)
        {
            var index = found.IndexOf(expected);
            if (index >= 0)
            {
                OperationsFound++;
                found.RemoveAt(index);
            }
            else
            {
                Misses.Add($"{name}: missed operation {Describe(expected)}");
            }
        }

        OperationsInvented += found.Count;
        Misses.AddRange(found.Select(o => $"{name}: invented operation {Describe(o)}"));
    }

    private void Footer<T>(string name, string field, T expected, T actual)
    {
        FooterFacts++;
        var right = EqualityComparer<T>.Default.Equals(expected, actual);
        FooterFactsRight += right ? 1 : 0;
        Miss(!right, name, $"{field} {actual?.ToString() ?? "none"} but the facts say {expected?.ToString() ?? "none"}");
    }

    private void Miss(bool missed, string name, string what)
    {
        if (missed)
        {
            Misses.Add($"{name}: {what}");
        }
    }

    /// <summary>A claim's strongest evidence, in the facts' words: a narrative sentence is stated, a heading named.</summary>
    private static string Strength(IReadOnlyList<EvidenceKind> kinds) =>
        kinds.Contains(EvidenceKind.Editor) ? "editor"
        : kinds.Contains(EvidenceKind.Narrative) ? "stated"
        : kinds.Contains(EvidenceKind.SourceHeading) ? "named"
        : "listed";

    private static void Accumulate(TacticTally total, TacticTally one)
    {
        total.TruePositives += one.TruePositives;
        total.FalsePositives += one.FalsePositives;
        total.FalseNegatives += one.FalseNegatives;
        total.Documents += one.Documents;
    }

    private static string Describe(ExpectedOperation o) => $"{o.Year}{(o.Month is { } m ? $"-{m:00}" : "")}, {(o.Arrests is { } a ? $"{a} arrests" : "no count")}";

    private static string Describe(IEnumerable<ExpectedPartner> partners) =>
        string.Join("; ", partners.Select(p => p.Parent is null ? p.Name : $"{p.Name} < {p.Parent}"));

    private static string Describe(IEnumerable<ExpectedSource> sources) =>
        string.Join("; ", sources.Select(s => $"{s.Heading} ({string.Join(",", s.Tactics.Order(StringComparer.Ordinal))}; {s.Citations})"));

    /// <summary>The summary table (Markdown), as README shows it.</summary>
    public string Table()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| measure | result |").AppendLine("| --- | --- |");
        text.AppendLine(c, $"| tactic precision (micro, public claims) | {Tactics.Precision:0.000} ({Tactics.TruePositives} of {Tactics.TruePositives + Tactics.FalsePositives} claims supported) |");
        text.AppendLine(c, $"| tactic recall (micro) | {Tactics.Recall:0.000} ({Tactics.TruePositives} of {Tactics.TruePositives + Tactics.FalseNegatives} supported tactics claimed) |");
        text.AppendLine(c, $"| supported claims with the facts' evidence strength (stated, named, listed) | {StrengthRight} of {Tactics.TruePositives} |");
        text.AppendLine(c, $"| menu items claimed | {MenuItemsClaimed} |");
        text.AppendLine(c, $"| pending claims made (not public) | {PendingClaims} |");
        text.AppendLine(c, $"| operations found (year, month, arrests) | {OperationsFound} of {OperationsExpected}; {OperationsInvented} invented |");
        text.AppendLine(c, $"| partners exact (with parents) | {PartnersExact} of {ScoredDocuments} documents |");
        text.AppendLine(c, $"| sources exact (heading, tactics, citations) | {SourcesExact} of {ScoredDocuments} documents |");
        text.AppendLine(c, $"| footer facts right (state, type, population, location) | {FooterFactsRight} of {FooterFacts} |");
        text.AppendLine(c, $"| documents that must fail and did | {FailedAsExpected} of {MustFail} ({FailedWrongly} others failed) |");
        return text.ToString();
    }

    /// <summary>Precision and recall per variety tag, so weak areas show.</summary>
    public string VarietyTable()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| variety | documents | precision | recall | false positives | missed |").AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var (variety, tally) in byVariety)
        {
            text.AppendLine(c, $"| {variety} | {tally.Documents} | {tally.Precision:0.000} | {tally.Recall:0.000} | {tally.FalsePositives} | {tally.FalseNegatives} |");
        }

        return text.ToString();
    }
}
