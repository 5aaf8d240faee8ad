using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Synthetic;

namespace DemandAtlas.Tests.Synthetic;

/// <summary>Synthetic documents are only useful for benchmarks if the real parser reads them like real ones.</summary>
public sealed class SyntheticParsingTests
{
    private const int Count = 400;
    private static readonly TacticLexicon Lexicon = TacticLexicon.FromCatalog();

    [Fact]
    public void Every_evidence_sentence_the_generator_writes_is_recognised_by_the_narrative_rules_as_its_tactic()
    {
        var sentences = SyntheticTactics.All.SelectMany(t => t.Sentences.Select(s => (t.Slug, Sentence: s)))
            .Concat(SyntheticTactics.WebStingDetails.Select(s => (Slug: "web-stings", Sentence: s)));

        Assert.All(sentences, s => Assert.Contains(s.Slug, NarrativeTactics.Match(s.Sentence)));
    }

    [Fact]
    public void A_sample_of_generated_documents_parses_without_errors_and_claims_the_tactics_it_was_written_with()
    {
        var parsed = Enumerable.Range(1, Count)
            .Select(n => (Document: SyntheticProfiles.Generate(n, Count, seed: 3), Number: n))
            .Select(d => (d.Document, Profile: ProfileParser.Parse(d.Document.ToBytes(), d.Document.FileName, Lexicon)))
            .ToList();

        Assert.All(parsed, p =>
        {
            Assert.False(p.Profile.Failed, $"{p.Document.FileName}: {string.Join("; ", p.Profile.Errors)}");
            Assert.Equal(p.Document.Title[..p.Document.Title.LastIndexOf(',')], p.Profile.Name);
            // A missing Type line may still be inferred ("… County"), but a present one must be read.
            Assert.True(p.Profile.Type is not null || !p.Document.Text.Contains("\nType ", StringComparison.Ordinal));
            Assert.NotEmpty(p.Profile.Partners);
            Assert.DoesNotContain(p.Profile.Warnings, w => w.Code == "unreadable-line");
        });
        // Nearly every document has a sting, and so operations with arrest counts.
        Assert.True(parsed.Count(p => p.Profile.Operations.Any(o => o.Arrests > 0)) > Count * 3 / 4);
        Assert.True(parsed.Count(p => p.Profile.ClaimedTactics.Count > 0) > Count * 9 / 10);
        Assert.Contains(parsed, p => p.Profile.HadMenuTacticsBlock);
        Assert.Contains(parsed, p => p.Profile.Partners.Any(x => x.Parent is not null));
        Assert.Contains(parsed, p => p.Profile.Neighbours.Count >= 3);
        Assert.Contains(parsed, p => p.Profile.Sources.Any(s => s.Items.Any(i => i.Url is not null && i.Title is not null)));
        Assert.Contains(parsed, p => p.Profile.Latitude is not null);
        foreach (var slug in SyntheticTactics.All.Select(t => t.Slug))
        {
            Assert.Contains(parsed, p => p.Profile.Tactics.Any(t => t.Slug == slug && t.Kind == Web.Domain.EvidenceKind.Narrative)
                || slug == "buyer-arrests");
        }
    }
}
