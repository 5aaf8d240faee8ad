using DemandAtlas.Tests.Importing.Corpus;
using DemandAtlas.Web.Importing.Pipeline;
using Xunit.Abstractions;

namespace DemandAtlas.Tests.Importing;

/// <summary>
/// Scores the importer on the whole corpus of fictional documents (Importing/Corpus): every document goes through the
/// real importer into a real SQLite store, and what the store then holds is compared with what careful readers found.
/// The table is printed and written to <c>corpus-score.md</c> beside the test binaries; README quotes it.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.97;
    private const double MinimumRecall = 0.92;

    [Fact]
    public async Task The_importer_claims_what_careful_readers_find_in_the_corpus_and_nothing_from_menus()
    {
        var corpus = CorpusFacts.LoadAll();
        Assert.True(corpus.Count >= 80, $"the corpus has {corpus.Count} documents; it should hold at least 80");
        await using var harness = await ImportHarness.CreateAsync();

        var (results, _) = await harness.ImportAsync(false, [.. corpus.Select(c => c.Document)]);

        var score = new CorpusScore();
        await using (var db = harness.Database.Open())
        {
            foreach (var (document, facts) in corpus)
            {
                var result = results.Single(r => r.File == document);
                score.Add(facts, result.Status == ImportStatus.Failed || result.Jurisdiction is null
                    ? ImportedDocument.FailedDocument(facts.File)
                    : await ImportedDocument.ReadAsync(db, facts.File, result.Jurisdiction));
            }
        }

        var report = $"{score.Table()}\nBy variety tag:\n\n{score.VarietyTable()}\nMisses:\n\n{string.Join('\n', score.Misses.Select(m => $"- {m}"))}\n";
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "corpus-score.md"), report);

        Assert.Equal(0, score.MenuItemsClaimed);
        Assert.True(score.Tactics.Precision >= MinimumPrecision, $"tactic precision {score.Tactics.Precision:0.000} is below {MinimumPrecision}");
        Assert.True(score.Tactics.Recall >= MinimumRecall, $"tactic recall {score.Tactics.Recall:0.000} is below {MinimumRecall}");
    }
}
