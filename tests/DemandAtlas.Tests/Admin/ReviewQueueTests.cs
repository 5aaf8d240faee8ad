using System.Net;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

public sealed class ReviewQueueTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    [Fact]
    public async Task The_queue_shows_pending_claims_first_then_the_rest_weakest_evidence_first_with_the_evidence_and_the_place()
    {
        var place = new JurisdictionBuilder("Queueton", "WY", "Wyoming")
            .WithTactic("web-stings", EvidenceKind.Narrative, "Detectives answered ads as decoys in 2019.")
            .WithTactic("letters", EvidenceKind.Listed, "Letters")
            .WithTactic("john-school", EvidenceKind.SourceHeading, "John School:")
            .WithTactic("cameras", EvidenceKind.Narrative, "Cameras were planned, then dropped.", ClaimStatus.Pending)
            .WithTactic("auto-seizure", EvidenceKind.Listed, "Auto Seizure", ClaimStatus.Pending)
            .WithTactic("reverse-stings", EvidenceKind.Narrative, "Officers posed as sellers.", ClaimStatus.Confirmed)
            .WithTactic("buyer-arrests", EvidenceKind.Narrative, "Buyers were arrested.", ClaimStatus.Rejected);
        await factory.WithDbAsync(db => place.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var page = await ReviewPages.OpenAsync(editor, $"?place={place.Slug}");

        Assert.Equal(
            ["Auto Seizure (pending, listed)", "Cameras (pending, stated)", "Letters (inferred, listed)", "John School (inferred, named)", "Web Stings (inferred, stated)"],
            ReviewPages.Rows(page));
        var webStings = ReviewPages.Row(page, "Web Stings");
        Assert.Contains("Detectives answered ads as decoys in 2019.", webStings.QuerySelector(".review-evidence q")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"{place.Name}, WY", webStings.Closest("section.review-group")!.QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("not see this claim", ReviewPages.Row(page, "Cameras").TextContent, StringComparison.Ordinal);
        Assert.Contains("5 remaining in this view (2 pending, 3 inferred)", page.QuerySelector("#review-progress")!.TextContent.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_line_numbers_are_shown_beside_each_sentence()
    {
        var place = new JurisdictionBuilder("Linefield").WithTactic("web-stings", EvidenceKind.Narrative, "Decoy ads ran in spring.");
        var saved = await factory.WithDbAsync(db => place.SaveAsync(db));
        await factory.WithDbAsync(async db =>
        {
            await db.Evidence.Where(e => e.Claim.JurisdictionId == saved.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Line, 14));
            db.Evidence.Add(new Evidence { ClaimId = saved.Claims[0].Id, Kind = EvidenceKind.SourceHeading, Text = "Web Stings:", Line = 31 });
            await db.SaveChangesAsync();
        });
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var row = ReviewPages.Row(await ReviewPages.OpenAsync(editor, $"?place={place.Slug}"), "Web Stings");

        Assert.Equal(["stated, line 14:", "named, line 31:"], row.QuerySelectorAll(".review-kind").Select(k => k.TextContent));
        Assert.Equal("Web Stings (inferred, stated)", ReviewPages.Describe(row));
    }

    [Fact]
    public async Task Filters_by_state_tactic_evidence_and_status_narrow_the_queue()
    {
        var vermont = new JurisdictionBuilder("Filterby", "VT", "Vermont")
            .WithTactic("web-stings", EvidenceKind.Narrative)
            .WithTactic("cameras", EvidenceKind.Listed, "Cameras", ClaimStatus.Pending);
        var hampshire = new JurisdictionBuilder("Filterby", "NH", "New Hampshire")
            .WithTactic("web-stings", EvidenceKind.SourceHeading, "Web Stings:");
        await factory.WithDbAsync(db => vermont.SaveAsync(db));
        await factory.WithDbAsync(db => hampshire.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var byState = await ReviewPages.OpenAsync(editor, "?state=vt&tactic=web-stings");
        var named = await ReviewPages.OpenAsync(editor, "?strength=named&tactic=web-stings");
        var pending = await ReviewPages.OpenAsync(editor, $"?status=pending&place={vermont.Slug}");

        Assert.All(byState.QuerySelectorAll("section.review-group h2"), h => Assert.Contains(", VT", h.TextContent, StringComparison.Ordinal));
        Assert.All(ReviewPages.Rows(byState), r => Assert.StartsWith("Web Stings (", r, StringComparison.Ordinal));
        Assert.Contains(byState.QuerySelectorAll("section.review-group h2"), h => h.TextContent.StartsWith(vermont.Name, StringComparison.Ordinal));
        Assert.All(ReviewPages.Rows(named), r => Assert.Equal("Web Stings (inferred, named)", r));
        Assert.Contains(named.QuerySelectorAll("section.review-group h2"), h => h.TextContent.StartsWith(hampshire.Name, StringComparison.Ordinal));
        Assert.DoesNotContain(named.QuerySelectorAll("section.review-group h2"), h => h.TextContent.StartsWith(vermont.Name, StringComparison.Ordinal));
        Assert.Equal(["Cameras (pending, listed)"], ReviewPages.Rows(pending));
        Assert.Equal("pending", pending.QuerySelector("#review-form input[type=hidden][name=status]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Claims_of_deleted_places_are_not_in_the_queue()
    {
        var place = new JurisdictionBuilder("Goneby").WithTactic("letters", EvidenceKind.Listed, "Letters");
        var saved = await factory.WithDbAsync(db => place.SaveAsync(db));
        await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Id == saved.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.DeletedAt, DateTimeOffset.UtcNow)));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var page = await ReviewPages.OpenAsync(editor, $"?place={place.Slug}");

        Assert.Empty(ReviewPages.Rows(page));
        Assert.NotNull(page.QuerySelector("#review-empty"));
    }

    [Theory]
    [InlineData("?strength=gossip")]
    [InlineData("?status=confirmed")]
    [InlineData("?state=zz")]
    [InlineData("?tactic=moon-landing")]
    [InlineData("?place=no-such-place-zz")]
    [InlineData("?page=0")]
    public async Task A_filter_it_does_not_know_is_a_400_naming_the_rule_and_not_the_value(string query)
    {
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var response = await editor.Http.GetAsync(new Uri(ReviewPages.Path + query, UriKind.Relative));
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(page.QuerySelectorAll(".admin-error-list li")).TextContent;
        Assert.DoesNotContain(query.Split('=')[1], error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in_and_an_account_without_a_role_is_refused()
    {
        using var anonymous = Staff.NewClient(factory, followRedirects: false);
        using var roleless = await Staff.LoginAsAsync(factory, role: null);

        var redirected = await anonymous.Http.GetAsync(new Uri(ReviewPages.Path, UriKind.Relative));
        var refused = await roleless.Http.GetAsync(new Uri(ReviewPages.Path, UriKind.Relative));
        var posted = await anonymous.Http.PostAsync(new Uri(ReviewPages.Path + "?handler=Confirm", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/account/login", redirected.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);
    }

    [Fact]
    public async Task A_decision_posted_without_the_antiforgery_token_gets_400_and_changes_nothing()
    {
        var place = new JurisdictionBuilder("Forgeham").WithTactic("letters", EvidenceKind.Listed, "Letters");
        var saved = await factory.WithDbAsync(db => place.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        var token = ReviewPages.Row(await ReviewPages.OpenAsync(editor, $"?place={place.Slug}"), "Letters").QuerySelector("button.review-confirm")!.GetAttribute("value")!;

        var response = await editor.Http.PostAsync(new Uri(ReviewPages.Path + "?handler=Confirm", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["only"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ClaimStatus.Inferred, await factory.WithDbAsync(db => db.Claims.Where(c => c.JurisdictionId == saved.Id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_claims_page_shows_a_pending_claim_with_its_strength_and_confirming_it_there_makes_it_public()
    {
        var place = new JurisdictionBuilder("Pendleby").WithTactic("identity-disclosure", EvidenceKind.Narrative, "Names of the men were published.", ClaimStatus.Pending);
        await factory.WithDbAsync(db => place.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        using var visitor = factory.CreateClient();

        var claims = await Forms.GetDocumentAsync(editor.Http, $"/admin/jurisdictions/{place.Slug}/claims");
        var article = claims.QuerySelector("#claim-identity-disclosure")!;
        var before = await visitor.GetPageAsync($"/jurisdictions/{place.Slug}");
        await Forms.SubmitAsync(editor.Http, $"/admin/jurisdictions/{place.Slug}/claims", "#claim-identity-disclosure form", new Dictionary<string, string> { ["Input.Action"] = "Confirm" });
        var after = await visitor.GetPageAsync($"/jurisdictions/{place.Slug}");

        Assert.Equal(["Pending", "stated"], article.QuerySelectorAll("h2 .admin-badge").Select(b => b.TextContent));
        Assert.StartsWith("stated: Names of the men were published.", article.QuerySelector("li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/admin/review?place={place.Slug}", claims.QuerySelector("#claims-review a")!.GetAttribute("href"));
        Assert.DoesNotContain("Identity Disclosure", before.Document.QuerySelector("#tactics-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Identity Disclosure", after.Document.QuerySelector("#tactics-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_counts_waiting_claims_by_status_and_strength_and_links_each_count_into_the_queue()
    {
        var place = new JurisdictionBuilder("Countwell").WithTactic("letters", EvidenceKind.Listed, "Letters", ClaimStatus.Pending);
        await factory.WithDbAsync(db => place.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var dashboard = await Forms.GetDocumentAsync(editor.Http, "/admin");
        var link = dashboard.QuerySelector("#review-counts a[href='/admin/review?status=pending&strength=listed']")!;
        var queue = await ReviewPages.OpenAsync(editor, "?status=pending&strength=listed");

        Assert.Null(dashboard.QuerySelector("#inferred"));
        Assert.Contains($"{link.TextContent} remaining in this view", queue.QuerySelector("#review-progress")!.TextContent.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
