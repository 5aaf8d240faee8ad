using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Importing;

public sealed class ProfileImporterTests
{
    [Fact]
    public async Task Importing_the_seed_stores_exactly_what_its_evidence_supports()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var (results, summary) = await harness.ImportAsync(false, Seeds.PathOf(Seeds.Westborough));

        Assert.Equal(ImportStatus.Created, Assert.Single(results).Status);
        Assert.Equal(1, summary.Created);
        await using var db = harness.Database.Open();
        var j = await db.Jurisdictions.SingleAsync(x => x.Slug == "westborough-ma");
        Assert.Equal(("Westborough", "MA", "Massachusetts"), (j.Name, j.StateCode, j.StateName));
        Assert.Equal(JurisdictionType.City, j.Type);
        Assert.Equal(18272, j.Population);
        Assert.Equal("Worcester County", j.County);
        // The seed has an empty Location line, so the gazetteer places it (tests/DemandAtlas.Tests/Geo has the details).
        Assert.Equal(CoordinateSource.Gazetteer, j.CoordinateSource);
        Assert.True(j.HadMenuTacticsBlock);
        Assert.Equal(1, j.Version);
        Assert.Equal(Seeds.Westborough, j.SourceFile);
        Assert.Equal(64, j.SourceSha256!.Length);
        Assert.Contains("<blockquote>", j.NarrativeHtml, StringComparison.Ordinal);

        var tactics = await db.Claims.Where(c => c.JurisdictionId == j.Id).Select(c => c.Tactic.Slug).OrderBy(s => s).ToListAsync();
        Assert.Equal(["buyer-arrests", "identity-disclosure", "reverse-stings", "web-stings"], tactics);
        Assert.True(await db.Claims.Where(c => c.JurisdictionId == j.Id).AllAsync(c => c.Evidence.Any()));

        var operations = await db.Operations.Where(o => o.JurisdictionId == j.Id).OrderBy(o => o.Year)
            .Select(o => new { o.Year, o.Month, o.Arrests }).ToListAsync();
        Assert.Equal([new { Year = 2017, Month = (int?)1, Arrests = (int?)10 }, new { Year = 2023, Month = (int?)2, Arrests = (int?)4 }], operations);
        Assert.Equal(6, await db.JurisdictionPartners.CountAsync(p => p.JurisdictionId == j.Id));
        Assert.Equal(8, await db.RelatedJurisdictions.CountAsync(r => r.JurisdictionId == j.Id));
        Assert.Equal(2, await db.Sources.CountAsync(s => s.JurisdictionId == j.Id));
        Assert.True(await db.ImportWarnings.AnyAsync(w => w.JurisdictionId == j.Id && w.Code == WarningCodes.MenuTacticsBlock && w.Line == 5));
    }

    [Fact]
    public async Task Importing_the_same_bytes_again_is_unchanged_and_writes_nothing()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var path = Seeds.PathOf(Seeds.Westborough);
        await harness.ImportAsync(false, path);
        var before = await harness.CountsAsync();
        DateTimeOffset updatedBefore;
        await using (var db = harness.Database.Open())
        {
            updatedBefore = (await db.Jurisdictions.SingleAsync()).UpdatedAt;
        }

        var (results, summary) = await harness.ImportAsync(false, path);

        Assert.Equal(ImportStatus.Unchanged, Assert.Single(results).Status);
        Assert.Equal(1, summary.Unchanged);
        Assert.Equal(before, await harness.CountsAsync());
        await using var check = harness.Database.Open();
        var j = await check.Jurisdictions.SingleAsync();
        Assert.Equal(updatedBefore, j.UpdatedAt);
        Assert.Equal(1, j.Version);
    }

    [Fact]
    public async Task A_changed_file_updates_its_jurisdiction_and_replaces_imported_content()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var path = harness.Write("testford.txt", Profiles.Document(
            narrative: ["In May 2018, Testford police arrested 5 men in a reverse sting."],
            partners: ["• Testford Police Department"]));
        await harness.ImportAsync(false, path);

        harness.Write("testford.txt", Profiles.Document(
            narrative: ["Testford police now run web stings; in May 2020 a decoy ad led to the arrest of 3 buyers at a motel."],
            partners: ["• Testford Police Department", "• Vermont State Police"],
            metadata: ["State Vermont", "Type Town", "Population 1,300"]));
        var (results, _) = await harness.ImportAsync(false, path);

        Assert.Equal(ImportStatus.Updated, Assert.Single(results).Status);
        await using var db = harness.Database.Open();
        var j = await db.Jurisdictions.SingleAsync(x => x.Slug == "testford-vt");
        Assert.Equal(2, j.Version);
        Assert.Equal(1300, j.Population);
        Assert.True(j.UpdatedAt > j.CreatedAt);
        var tactics = await db.Claims.Where(c => c.JurisdictionId == j.Id).Select(c => c.Tactic.Slug).ToListAsync();
        Assert.DoesNotContain("reverse-stings", tactics);
        Assert.Contains("web-stings", tactics);
        var operation = await db.Operations.SingleAsync(o => o.JurisdictionId == j.Id);
        Assert.Equal(2020, operation.Year);
        Assert.Equal(2, await db.JurisdictionPartners.CountAsync(p => p.JurisdictionId == j.Id));
    }

    [Fact]
    public async Task A_second_document_for_the_same_jurisdiction_in_one_run_is_skipped_naming_the_first()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var first = harness.Write("a.txt", Profiles.Document());
        var second = harness.Write("b.txt", Profiles.Document(narrative: ["A different text about the same town."]));

        var (results, summary) = await harness.ImportAsync(false, first, second);

        Assert.Equal([ImportStatus.Created, ImportStatus.Skipped], results.Select(r => r.Status));
        Assert.Contains(first, Assert.Single(results[1].Errors).Message, StringComparison.Ordinal);
        Assert.False(summary.AllImported);
        Assert.Equal(1, (await harness.CountsAsync())["jurisdictions"]);
    }

    [Fact]
    public async Task A_failing_document_leaves_nothing_behind_and_does_not_stop_the_others()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var good1 = harness.Write("1.txt", Profiles.Document(title: "Alphaville, OR"));
        var bad = harness.WriteBytes("2.txt", [0x00, 0x01, 0x02]);
        var untitled = harness.Write("3.txt", "\n\nthis has no title at all, just words\n");
        var good2 = harness.Write("4.txt", Profiles.Document(title: "Betaville, OR"));

        var (results, summary) = await harness.ImportAsync(false, good1, bad, untitled, good2);

        Assert.Equal([ImportStatus.Created, ImportStatus.Failed, ImportStatus.Failed, ImportStatus.Created], results.Select(r => r.Status));
        Assert.Equal(3, Assert.Single(results[2].Errors).Line);
        Assert.Equal(2, summary.Failed);
        await using var db = harness.Database.Open();
        Assert.Equal(["alphaville-or", "betaville-or"], await db.Jurisdictions.OrderBy(j => j.Slug).Select(j => j.Slug).ToListAsync());
    }

    [Fact]
    public async Task A_document_the_store_refuses_half_way_leaves_nothing_and_the_rest_of_its_batch_commits()
    {
        await using var harness = await ImportHarness.CreateAsync();
        await using (var setup = harness.Database.Open())
        {
            // A real SQLite refusal after the jurisdiction, its claims and partners were already written.
            await setup.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER refuse_neighbour BEFORE INSERT ON RelatedJurisdictions WHEN NEW.Name = 'Refuseville' BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        }

        var files = Enumerable.Range(1, 120).Select(i => harness.Write($"{i:000}.txt", Profiles.Document(
            title: $"Batchtown {i}, OR",
            narrative: [i == 70
                ? "Batchtown is a town in Green County, Oregon. Other towns in Green County that have acted against demand include Alpha, Refuseville, and Gamma."
                : "Batchtown is a small town used only in tests."],
            partners: [$"• Batchtown {i} Police Department"]))).ToArray();

        var (results, summary) = await harness.ImportAsync(false, files);

        Assert.Equal((119, 1), (summary.Created, summary.Failed));
        Assert.Equal(ImportStatus.Failed, results[69].Status);
        Assert.Contains("refused", Assert.Single(results[69].Errors).Message, StringComparison.Ordinal);
        await using var db = harness.Database.Open();
        Assert.Equal(119, await db.Jurisdictions.CountAsync(j => j.Slug.StartsWith("batchtown-")));
        Assert.False(await db.Jurisdictions.AnyAsync(j => j.Slug == "batchtown-70-or"));
        Assert.False(await db.Partners.AnyAsync(p => p.Slug == "batchtown-70-police-department"));
        Assert.True(await db.Partners.AnyAsync(p => p.Slug == "batchtown-71-police-department"));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_saves_nothing()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var before = await harness.CountsAsync();

        var (results, summary) = await harness.ImportAsync(true, Seeds.PathOf(Seeds.Westborough));

        Assert.Equal(ImportStatus.Created, Assert.Single(results).Status);
        Assert.True(summary.DryRun);
        Assert.Equal(before, await harness.CountsAsync());
    }
}
