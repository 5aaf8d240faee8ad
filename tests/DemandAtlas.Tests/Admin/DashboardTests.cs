using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

public sealed class DashboardTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    [Fact]
    public async Task The_dashboard_counts_waiting_claims_lists_open_warnings_and_places_without_coordinates_and_reviewing_clears_a_warning()
    {
        var builder = new JurisdictionBuilder("Dashford").WithTactic("john-school");
        var j = await factory.WithDbAsync(db => builder.SaveAsync(db));
        var warningId = await factory.WithDbAsync(async db =>
        {
            var warning = db.ImportWarnings.Add(new ImportWarning { JurisdictionId = j.Id, File = "dash.txt", Line = 3, Code = WarningCodes.UnknownTactic, Message = "Unknown tactic 'Moonbeams'", CreatedAt = DateTimeOffset.UtcNow }).Entity;
            await db.SaveChangesAsync();
            return warning.Id;
        });
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var dashboard = await Forms.GetDocumentAsync(editor.Http, "/admin");

        var stated = dashboard.QuerySelector("#review-counts a[href='/admin/review?status=inferred&strength=stated']");
        Assert.NotNull(stated);
        Assert.True(int.Parse(stated.TextContent, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains(dashboard.QuerySelectorAll("#warnings td a"), a => a.TextContent == WarningCodes.UnknownTactic);
        Assert.Contains(dashboard.QuerySelectorAll("#no-coordinates a"), a => a.TextContent.StartsWith(builder.Name, StringComparison.Ordinal));

        var list = await Forms.GetDocumentAsync(editor.Http, $"/admin/warnings?code={WarningCodes.UnknownTactic}");
        Assert.NotNull(list.QuerySelector($"#warning-{warningId}"));
        await Forms.SubmitAsync(editor.Http, $"/admin/warnings?code={WarningCodes.UnknownTactic}", $"#warning-{warningId} form", new Dictionary<string, string>());

        var reviewed = await factory.WithDbAsync(db => db.ImportWarnings.SingleAsync(w => w.Id == warningId));
        Assert.NotNull(reviewed.ReviewedAt);
        Assert.Equal(editor.Email, reviewed.ReviewedBy);
    }

    [Fact]
    public async Task The_jurisdiction_list_finds_by_name_and_lists_drafts()
    {
        var draft = new JurisdictionBuilder("Searchable").AsDraft();
        await factory.WithDbAsync(db => draft.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        var page = await Forms.GetDocumentAsync(editor.Http, $"/admin/jurisdictions?q={Uri.EscapeDataString(draft.Name)}");

        var row = Assert.Single(page.QuerySelectorAll("#jurisdictions tbody tr"));
        Assert.Equal("draft", row.QuerySelectorAll("td")[2].TextContent);
    }
}
