using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Editing;
using DemandAtlas.Web.Pages.Admin.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.Tests.Admin;

public sealed class ReviewDecisionTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    [Fact]
    public async Task Confirming_a_pending_claim_in_the_queue_makes_it_public_with_one_revision_and_records_who_reviewed_it()
    {
        var place = new JurisdictionBuilder("Confirmby").WithTactic("john-school", EvidenceKind.Narrative, "Buyers attend a one-day class.", ClaimStatus.Pending);
        var saved = await factory.WithDbAsync(db => place.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        using var visitor = factory.CreateClient();
        Assert.DoesNotContain("John School", await TacticsOnProfileAsync(visitor, place.Slug), StringComparison.Ordinal);

        var queue = await ReviewPages.OpenAsync(editor, $"?place={place.Slug}");
        var after = await ReviewPages.PressAndReadAsync(editor, queue, ReviewPages.Row(queue, "John School").QuerySelector("button.review-confirm")!);

        Assert.StartsWith("Confirmed 1 claim in 1 place.", ReviewPages.Message(after), StringComparison.Ordinal);
        Assert.Empty(ReviewPages.Rows(after));
        Assert.Contains("1 by you", after.QuerySelector("#review-progress")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("John School", await TacticsOnProfileAsync(visitor, place.Slug), StringComparison.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            var claim = await db.Claims.SingleAsync(c => c.JurisdictionId == saved.Id);
            Assert.Equal((ClaimStatus.Confirmed, editor.Email), (claim.Status, claim.ReviewedBy));
            Assert.InRange(claim.ReviewedAt!.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
            var revision = await db.Revisions.SingleAsync(r => r.JurisdictionId == saved.Id);
            Assert.Equal(("Review: confirmed John School", editor.Email), (revision.Summary, revision.Author));
            Assert.Equal(2, await db.Jurisdictions.Where(j => j.Id == saved.Id).Select(j => j.Version).SingleAsync());
        });
    }

    [Fact]
    public async Task Rejecting_an_inferred_claim_takes_it_off_the_public_profile_and_keeps_it_rejected()
    {
        var place = new JurisdictionBuilder("Rejectham").WithTactic("letters", EvidenceKind.Listed, "Letters").WithTactic("web-stings", EvidenceKind.Narrative);
        await factory.WithDbAsync(db => place.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        using var visitor = factory.CreateClient();
        Assert.Contains("Letters", await TacticsOnProfileAsync(visitor, place.Slug), StringComparison.Ordinal);

        var queue = await ReviewPages.OpenAsync(editor, $"?place={place.Slug}");
        var after = await ReviewPages.PressAndReadAsync(editor, queue, ReviewPages.Row(queue, "Letters").QuerySelector("button.review-reject")!);

        Assert.Equal(["Web Stings (inferred, stated)"], ReviewPages.Rows(after));
        Assert.DoesNotContain("Letters", await TacticsOnProfileAsync(visitor, place.Slug), StringComparison.Ordinal);
        Assert.Contains("Web Stings", await TacticsOnProfileAsync(visitor, place.Slug), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deciding_the_selected_claims_of_two_places_writes_one_revision_for_each_place()
    {
        var first = new JurisdictionBuilder("Selectford", "ME", "Maine").WithTactic("cameras", EvidenceKind.Listed, "Cameras").WithTactic("letters", EvidenceKind.Listed, "Letters").WithTactic("web-stings");
        var second = new JurisdictionBuilder("Selectford", "ME", "Maine").WithTactic("cameras", EvidenceKind.Listed, "Cameras");
        var a = await factory.WithDbAsync(db => first.SaveAsync(db));
        var b = await factory.WithDbAsync(db => second.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var queue = await ReviewPages.OpenAsync(editor, "?state=me&strength=listed");
        foreach (var row in queue.QuerySelectorAll("section.review-group").Where(g => g.QuerySelector("h2")!.TextContent.StartsWith(first.Name, StringComparison.Ordinal) || g.QuerySelector("h2")!.TextContent.StartsWith(second.Name, StringComparison.Ordinal)).SelectMany(g => g.QuerySelectorAll("article.review-item")))
        {
            ReviewPages.Tick(row);
        }

        var after = await ReviewPages.PressAndReadAsync(editor, queue, queue.QuerySelector("button.review-reject-selected")!);

        Assert.StartsWith("Rejected 3 claims in 2 places.", ReviewPages.Message(after), StringComparison.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.Revisions.CountAsync(r => r.JurisdictionId == a.Id));
            Assert.Equal(1, await db.Revisions.CountAsync(r => r.JurisdictionId == b.Id));
            var statuses = await db.Claims.Where(c => c.JurisdictionId == a.Id || c.JurisdictionId == b.Id).Select(c => new { c.Tactic.Slug, c.Status }).ToListAsync();
            Assert.Equal(3, statuses.Count(s => s.Status == ClaimStatus.Rejected));
            Assert.Equal(ClaimStatus.Inferred, statuses.Single(s => s.Slug == "web-stings").Status);
        });
    }

    [Fact]
    public async Task Confirming_every_stated_claim_of_a_place_leaves_its_weaker_claims_waiting()
    {
        var place = new JurisdictionBuilder("Groupwick")
            .WithTactic("web-stings", EvidenceKind.Narrative).WithTactic("reverse-stings", EvidenceKind.Narrative).WithTactic("john-school", EvidenceKind.Narrative)
            .WithTactic("letters", EvidenceKind.Listed, "Letters");
        var saved = await factory.WithDbAsync(db => place.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var queue = await ReviewPages.OpenAsync(editor, $"?place={place.Slug}");
        var stated = queue.QuerySelectorAll("section.review-group").Single(g => g.QuerySelector("h2")!.TextContent.Contains("3 stated claims", StringComparison.Ordinal));
        var after = await ReviewPages.PressAndReadAsync(editor, queue, ReviewPages.Button(stated, "Confirm all 3 stated claims"));

        Assert.Equal(["Letters (inferred, listed)"], ReviewPages.Rows(after));
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(3, await db.Claims.CountAsync(c => c.JurisdictionId == saved.Id && c.Status == ClaimStatus.Confirmed));
            Assert.Equal(1, await db.Revisions.CountAsync(r => r.JurisdictionId == saved.Id));
        });
    }

    [Fact]
    public async Task Deciding_every_claim_in_the_view_needs_its_box_ticked_and_stops_at_the_cap()
    {
        // Guam is this test's alone: 14 places with all 15 tactics each is more than one request may decide.
        var all = TacticCatalog.All.Select(t => t.Slug).ToArray();
        for (var i = 0; i < 14; i++)
        {
            var builder = new JurisdictionBuilder("Capville", "GU", "Guam");
            foreach (var slug in all)
            {
                builder.WithTactic(slug, EvidenceKind.SourceHeading, "Heading:");
            }

            await factory.WithDbAsync(db => builder.SaveAsync(db));
        }

        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        var queue = await ReviewPages.OpenAsync(editor, "?state=gu");
        var refused = await ReviewPages.PressAndReadAsync(editor, queue, ReviewPages.Button(queue.QuerySelector("#review-all")!, "Confirm all"));
        Assert.StartsWith("Nothing was decided", ReviewPages.Message(refused), StringComparison.Ordinal);

        ((AngleSharp.Html.Dom.IHtmlInputElement)queue.QuerySelector("#review-all input[name=sure]")!).IsChecked = true;
        var after = await ReviewPages.PressAndReadAsync(editor, queue, ReviewPages.Button(queue.QuerySelector("#review-all")!, "Confirm all"));

        Assert.StartsWith($"Confirmed {ReviewDecisions.MaxPerRequest} claims in ", ReviewPages.Message(after), StringComparison.Ordinal);
        Assert.Contains($"{(14 * 15) - ReviewDecisions.MaxPerRequest} remaining in this view", after.QuerySelector("#review-progress")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReviewDecisions.MaxPerRequest, await factory.WithDbAsync(db => db.Claims.CountAsync(c => c.Jurisdiction.StateCode == "GU" && c.Status == ClaimStatus.Confirmed)));
    }

    [Fact]
    public async Task A_place_changed_after_the_queue_was_loaded_is_reported_and_left_alone_while_the_others_are_decided()
    {
        var changed = new JurisdictionBuilder("Raceborough", "DE", "Delaware").WithTactic("cameras", EvidenceKind.Listed, "Cameras");
        var untouched = new JurisdictionBuilder("Raceborough", "DE", "Delaware").WithTactic("cameras", EvidenceKind.Listed, "Cameras");
        var a = await factory.WithDbAsync(db => changed.SaveAsync(db));
        var b = await factory.WithDbAsync(db => untouched.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        var queue = await ReviewPages.OpenAsync(editor, "?state=de&tactic=cameras");
        foreach (var row in queue.QuerySelectorAll("article.review-item"))
        {
            ReviewPages.Tick(row);
        }

        // Someone else edits the first place's narrative after the reviewer loaded the page.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var other = scope.ServiceProvider.GetRequiredService<JurisdictionEditor>();
            var saved = await other.SaveAsync(changed.Slug, 1, "someone-else@example.test", "Edited", s => s with { NarrativeMarkdown = "Rewritten meanwhile." }, CancellationToken.None);
            Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        }

        var after = await ReviewPages.PressAndReadAsync(editor, queue, queue.QuerySelector("button.review-confirm-selected")!);

        Assert.Contains("changed by someone else", ReviewPages.Message(after), StringComparison.Ordinal);
        Assert.Contains(after.QuerySelectorAll("#review-conflicts a"), l => l.GetAttribute("href") == $"/admin/jurisdictions/{changed.Slug}/claims");
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(ClaimStatus.Inferred, await db.Claims.Where(c => c.JurisdictionId == a.Id).Select(c => c.Status).SingleAsync());
            Assert.Equal("Rewritten meanwhile.", await db.Jurisdictions.Where(j => j.Id == a.Id).Select(j => j.NarrativeMarkdown).SingleAsync());
            Assert.Equal(ClaimStatus.Confirmed, await db.Claims.Where(c => c.JurisdictionId == b.Id).Select(c => c.Status).SingleAsync());
        });
    }

    private static async Task<string> TacticsOnProfileAsync(HttpClient visitor, string slug)
    {
        var (response, document) = await visitor.GetPageAsync($"/jurisdictions/{slug}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return document.QuerySelector("#tactics-heading")!.ParentElement!.TextContent;
    }
}
