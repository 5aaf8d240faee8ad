using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Editing;
using DemandAtlas.Web.Importing.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Importing;

/// <summary>What staff decided survives a re-import; shared partners and neighbour links behave.</summary>
public sealed class ImportPreservationTests
{
    private static string Testford(string population = "1,234") => Profiles.Document(
        narrative: ["In May 2018, Testford police arrested 5 men in a reverse sting. Their names were published in the paper."],
        partners: ["• Testford Police Department", "   ◦ Testford Vice Unit"],
        metadata: ["State Vermont", "Type Town", $"Population {population}"]);

    [Fact]
    public async Task Staff_rejections_confirmations_and_editor_evidence_survive_a_changed_file()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var path = harness.Write("t.txt", Testford());
        await harness.ImportAsync(false, path);
        await using (var db = harness.Database.Open())
        {
            var claims = await db.Claims.Include(c => c.Tactic).Include(c => c.Evidence).ToListAsync();
            claims.Single(c => c.Tactic.Slug == "reverse-stings").Status = ClaimStatus.Rejected;
            var identity = claims.Single(c => c.Tactic.Slug == "identity-disclosure");
            identity.Status = ClaimStatus.Confirmed;
            identity.Evidence.Add(new Evidence { Kind = EvidenceKind.Editor, Text = "Checked the paper's archive.", AddedBy = "editor@example.org" });
            await db.SaveChangesAsync();
        }

        harness.Write("t.txt", Testford("1,240"));
        var (results, _) = await harness.ImportAsync(false, path);

        Assert.Equal(ImportStatus.Updated, results[0].Status);
        await using var check = harness.Database.Open();
        var after = await check.Claims.Include(c => c.Tactic).Include(c => c.Evidence).ToListAsync();
        Assert.Equal(ClaimStatus.Rejected, after.Single(c => c.Tactic.Slug == "reverse-stings").Status);
        var confirmed = after.Single(c => c.Tactic.Slug == "identity-disclosure");
        Assert.Equal(ClaimStatus.Confirmed, confirmed.Status);
        Assert.Contains(confirmed.Evidence, e => e.Kind == EvidenceKind.Editor && e.Text == "Checked the paper's archive.");
        Assert.Contains(confirmed.Evidence, e => e.Kind == EvidenceKind.Narrative);
    }

    [Fact]
    public async Task A_claim_whose_evidence_gains_a_seller_cue_becomes_pending_while_a_confirmed_claim_stays_confirmed()
    {
        static string Document(string webSentence) => Profiles.Document(
            narrative: ["In May 2018, Testford police arrested 5 men in a reverse sting. Their names were published in the paper.", webSentence],
            metadata: ["State Vermont", "Type Town"]);
        await using var harness = await ImportHarness.CreateAsync();
        var path = harness.Write("t.txt", Document("In 2019 officers answered escort ads and arrested the men who came to the motel."));
        await harness.ImportAsync(false, path);
        await using (var db = harness.Database.Open())
        {
            var identity = await db.Claims.SingleAsync(c => c.Tactic.Slug == "identity-disclosure");
            identity.Status = ClaimStatus.Confirmed;
            Assert.Equal(ClaimStatus.Inferred, (await db.Claims.SingleAsync(c => c.Tactic.Slug == "web-stings")).Status);
            await db.SaveChangesAsync();
        }

        harness.Write("t.txt", Document("In 2019 officers answered escort ads that women had posted and arrested four women at the motel."));
        var (results, _) = await harness.ImportAsync(false, path);

        Assert.Equal(ImportStatus.Updated, results[0].Status);
        Assert.Contains(results[0].Warnings, w => w.Code == WarningCodes.PendingClaim && w.Line == 5);
        await using var check = harness.Database.Open();
        var claims = await check.Claims.Include(c => c.Tactic).Include(c => c.Evidence).ToListAsync();
        var web = claims.Single(c => c.Tactic.Slug == "web-stings");
        Assert.Equal(ClaimStatus.Pending, web.Status);
        Assert.False(Visibility.IsPublicClaim(web));
        Assert.Contains(web.Evidence, e => e.Kind == EvidenceKind.Narrative && e.Line == 5);
        Assert.Equal(ClaimStatus.Confirmed, claims.Single(c => c.Tactic.Slug == "identity-disclosure").Status);
        Assert.Equal(ClaimStatus.Inferred, claims.Single(c => c.Tactic.Slug == "reverse-stings").Status);
    }

    [Fact]
    public async Task A_changed_document_is_a_revision_by_import_in_the_history_and_a_dry_run_leaves_none()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var path = harness.Write("t.txt", Testford());
        await harness.ImportAsync(false, path);
        harness.Write("t.txt", Testford("1,240"));

        await harness.ImportAsync(false, path);
        harness.Write("t.txt", Testford("1,300"));
        await harness.ImportAsync(true, path);
        await harness.ImportAsync(false, path);

        await using var db = harness.Database.Open();
        var revisions = await db.Revisions.OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.All(revisions, r => Assert.Equal(("import", "Imported t.txt"), (r.Author, r.Summary)));
        var change = Assert.Single(FieldChange.Parse(revisions[0].ChangesJson));
        Assert.Equal(("Population", "1234", "1240"), (change.Field, change.Before!.ToJsonString(), change.After!.ToJsonString()));
        Assert.Contains("\"population\":1300", revisions[1].SnapshotJson, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await db.EditedFields.ToListAsync());
    }

    [Fact]
    public async Task A_field_staff_edited_is_left_standing_and_reported_as_a_conflict()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var path = harness.Write("t.txt", Testford());
        await harness.ImportAsync(false, path);
        await using (var db = harness.Database.Open())
        {
            var j = await db.Jurisdictions.SingleAsync();
            j.Population = 1500;
            j.Version++;
            j.EditedFields.Add(new EditedField { Field = "Population", EditedAt = DateTimeOffset.UtcNow, EditedBy = "editor@example.org" });
            await db.SaveChangesAsync();
        }

        harness.Write("t.txt", Testford("1,240"));
        var (results, _) = await harness.ImportAsync(false, path);

        Assert.Contains(results[0].Warnings, w => w.Code == WarningCodes.EditConflict && w.Message.StartsWith("Population", StringComparison.Ordinal));
        await using var check = harness.Database.Open();
        var after = await check.Jurisdictions.SingleAsync();
        Assert.Equal(1500, after.Population);
        Assert.Equal(3, after.Version);
        Assert.True(await check.ImportWarnings.AnyAsync(w => w.Code == WarningCodes.EditConflict));
    }

    [Fact]
    public async Task Operations_and_partners_staff_edited_are_left_standing_while_unedited_lists_follow_the_document()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var path = harness.Write("t.txt", Testford());
        await harness.ImportAsync(false, path);
        await using (var db = harness.Database.Open())
        {
            var j = await db.Jurisdictions.Include(x => x.Operations).SingleAsync();
            j.Operations.Single().Arrests = 6;
            j.Operations.Single().Summary = "Staff corrected the count from the court record.";
            j.Version++;
            j.EditedFields.Add(new EditedField { Field = "Operations", EditedAt = DateTimeOffset.UtcNow, EditedBy = "editor@example.org" });
            await db.SaveChangesAsync();
        }

        harness.Write("t.txt", Profiles.Document(
            narrative: ["In May 2018, Testford police arrested 9 men in a reverse sting. In June 2019, police arrested 3 more men."],
            partners: ["• Testford Police Department", "• Vermont State Police"],
            metadata: ["State Vermont", "Type Town", "Population 1,234"]));
        var (results, _) = await harness.ImportAsync(false, path);

        Assert.Equal(ImportStatus.Updated, results[0].Status);
        Assert.Contains(results[0].Warnings, w => w.Code == WarningCodes.EditConflict && w.Message.StartsWith("Operations", StringComparison.Ordinal));
        await using var check = harness.Database.Open();
        var operation = await check.Operations.SingleAsync();
        Assert.Equal(6, operation.Arrests);
        Assert.Equal("Staff corrected the count from the court record.", operation.Summary);
        var partners = await check.JurisdictionPartners.Select(p => p.Partner.Name).ToListAsync();
        Assert.Contains("Vermont State Police", partners);
    }

    [Fact]
    public async Task Partners_are_shared_by_slug_and_sub_units_point_at_their_parent()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var one = harness.Write("one.txt", Testford());
        var two = harness.Write("two.txt", Profiles.Document(title: "Otherton, VT", partners: ["- Testford Police Department", "- Vermont State Police"]));

        await harness.ImportAsync(false, one, two);

        await using var db = harness.Database.Open();
        var department = await db.Partners.SingleAsync(p => p.Slug == "testford-police-department");
        Assert.Equal(2, await db.JurisdictionPartners.CountAsync(p => p.PartnerId == department.Id));
        var vice = await db.Partners.SingleAsync(p => p.Name == "Testford Vice Unit");
        Assert.Equal(department.Id, vice.ParentId);
    }

    [Fact]
    public async Task Neighbours_link_to_existing_profiles_and_earlier_mentions_link_when_the_neighbour_arrives()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var auburn = harness.Write("auburn.txt", Profiles.Document(title: "Auburn, MA", metadata: ["State Massachusetts"]));
        var worcester = harness.Write("worcester.txt", Profiles.Document(title: "Worcester, MA", metadata: ["State Massachusetts"]));

        await harness.ImportAsync(false, auburn);
        var (results, _) = await harness.ImportAsync(false, Seeds.PathOf(Seeds.Westborough));
        Assert.Equal(7, results[0].Warnings.Count(w => w.Code == WarningCodes.UnmatchedNeighbour));
        await harness.ImportAsync(false, worcester);

        await using var db = harness.Database.Open();
        var links = await db.RelatedJurisdictions.Where(r => r.MatchedJurisdictionId != null)
            .Select(r => new { r.Name, Slug = r.MatchedJurisdiction!.Slug }).OrderBy(r => r.Name).ToListAsync();
        Assert.Equal([new { Name = "Auburn", Slug = "auburn-ma" }, new { Name = "Worcester", Slug = "worcester-ma" }], links);
    }

    [Fact]
    public async Task A_neighbour_imported_later_clears_the_warning_that_it_had_no_profile_but_keeps_the_others()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var worcester = harness.Write("worcester.txt", Profiles.Document(title: "Worcester, MA", metadata: ["State Massachusetts"]));

        await harness.ImportAsync(false, Seeds.PathOf(Seeds.Westborough), worcester);

        await using var db = harness.Database.Open();
        var open = await db.ImportWarnings
            .Where(w => w.Jurisdiction.Slug == "westborough-ma" && w.Code == WarningCodes.UnmatchedNeighbour)
            .Select(w => w.Message).ToListAsync();
        Assert.Equal(7, open.Count);
        Assert.DoesNotContain(open, m => m.Contains("\"Worcester\"", StringComparison.Ordinal));
        Assert.Contains(open, m => m.Contains("\"Auburn\"", StringComparison.Ordinal));
    }
}

public sealed class ImportCoordinateTests
{
    [Fact]
    public async Task A_location_line_sets_coordinates_from_the_document_and_its_absence_sets_none()
    {
        await using var harness = await ImportHarness.CreateAsync();
        var located = harness.Write("a.txt", Profiles.Document(title: "Placed, VT", metadata: ["State Vermont", "Location 44.5, -72.6"]));
        var unplaced = harness.Write("b.txt", Profiles.Document(title: "Unplaced, VT", metadata: ["State Vermont", "Location"]));

        await harness.ImportAsync(false, located, unplaced);

        await using var db = harness.Database.Open();
        var rows = await db.Jurisdictions.OrderBy(j => j.Slug).Select(j => new { j.Slug, j.Latitude, j.Longitude, j.CoordinateSource }).ToListAsync();
        Assert.Equal(
            [
                new { Slug = "placed-vt", Latitude = (double?)44.5, Longitude = (double?)-72.6, CoordinateSource = (CoordinateSource?)CoordinateSource.Document },
                new { Slug = "unplaced-vt", Latitude = (double?)null, Longitude = (double?)null, CoordinateSource = (CoordinateSource?)null },
            ],
            rows);
    }
}
