using System.Net;
using AngleSharp.Html.Dom;
using DemandAtlas.Tests.Importing;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Pipeline;
using DemandAtlas.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

public sealed class PartnerMergeTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    [Fact]
    public async Task Merging_moves_every_reference_collapses_shared_links_and_leaves_nothing_dangling()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var dupName = $"Westboro PD {tag}";
        var keepName = $"Westborough Police Department {tag}";
        var both = await factory.WithDbAsync(db => new JurisdictionBuilder("Bothville").WithPartner(dupName).WithPartner(keepName)
            .WithOperation(2019, 3, 4, ["reverse-stings"], [dupName, keepName]).SaveAsync(db));
        var onlyDup = await factory.WithDbAsync(db => new JurisdictionBuilder("Dupton").WithPartner(dupName)
            .WithOperation(2020, null, 2, ["web-stings"], [dupName]).SaveAsync(db));
        var ids = await factory.WithDbAsync(async db =>
        {
            var dup = await db.Partners.SingleAsync(p => p.Name == dupName);
            var keep = await db.Partners.SingleAsync(p => p.Name == keepName);
            var vice = db.Partners.Add(new Partner { Slug = $"vice-unit-{tag}", Name = $"Vice Unit {tag}", ParentId = dup.Id }).Entity;
            await db.SaveChangesAsync();
            return (Dup: dup.Id, DupSlug: dup.Slug, Keep: keep.Id, KeepSlug: keep.Slug, Vice: vice.Id);
        });
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        await Forms.SubmitAsync(editor.Http, $"/admin/partners?q={tag}", $"#partner-{ids.DupSlug} .merge-form", new Dictionary<string, string> { ["into"] = ids.KeepSlug });

        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Partners.AnyAsync(p => p.Id == ids.Dup));
            Assert.Equal([ids.Keep], await db.JurisdictionPartners.Where(p => p.JurisdictionId == both.Id).Select(p => p.PartnerId).ToListAsync());
            Assert.Equal([ids.Keep], await db.JurisdictionPartners.Where(p => p.JurisdictionId == onlyDup.Id).Select(p => p.PartnerId).ToListAsync());
            Assert.Equal([ids.Keep], await db.OperationPartners.Where(p => p.Operation.JurisdictionId == both.Id).Select(p => p.PartnerId).ToListAsync());
            Assert.Equal([ids.Keep], await db.OperationPartners.Where(p => p.Operation.JurisdictionId == onlyDup.Id).Select(p => p.PartnerId).ToListAsync());
            Assert.Equal(ids.Keep, await db.Partners.Where(p => p.Id == ids.Vice).Select(p => p.ParentId).SingleAsync());
            Assert.False(await db.JurisdictionPartners.AnyAsync(p => p.PartnerId == ids.Dup));
            Assert.False(await db.OperationPartners.AnyAsync(p => p.PartnerId == ids.Dup));
            Assert.All(await db.Jurisdictions.Where(j => j.Id == both.Id || j.Id == onlyDup.Id).Select(j => j.Version).ToListAsync(), v => Assert.Equal(2, v));
            Assert.True(await db.AuditLog.AnyAsync(a => a.Action == Audit.Merged && a.Subject == ids.DupSlug));
            var revision = await db.Revisions.SingleAsync(r => r.JurisdictionId == onlyDup.Id);
            Assert.StartsWith("Merged partner", revision.Summary, StringComparison.Ordinal);
            Assert.Contains(keepName, revision.ChangesJson, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_merged_partner_stays_merged_for_an_old_revision_a_document_naming_it_and_its_old_address()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var dupName = $"Mergeton PD {tag}";
        var keepName = $"Mergeton Police Department {tag}";
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder($"Mergeton{tag}").WithPartner(dupName).SaveAsync(db));
        var (dupSlug, keepSlug) = await factory.WithDbAsync(async db =>
        {
            var keep = db.Partners.Add(new Partner { Slug = Slugs.From(keepName), Name = keepName }).Entity;
            await db.SaveChangesAsync();
            return ((await db.Partners.SingleAsync(p => p.Name == dupName)).Slug, keep.Slug);
        });
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        await Forms.SubmitAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/edit", "#edit-form", new Dictionary<string, string> { ["Input.Narrative"] = "Before the merge." });
        await Forms.SubmitAsync(editor.Http, $"/admin/partners?q={tag}", $"#partner-{dupSlug} .merge-form", new Dictionary<string, string> { ["into"] = keepSlug });

        // Revision 1 still lists the duplicate by name.
        var history = await Forms.GetDocumentAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/history");
        await Forms.SubmitAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/history", (IHtmlFormElement)history.QuerySelector("#revision-1 .restore-form")!, new Dictionary<string, string>());
        // A document that names both the duplicate and the partner it became.
        var document = Profiles.Document(title: $"Docton{tag}, VT", partners: [dupName, keepName]);
        await factory.WithDbAsync(async db =>
        {
            using var importer = new ProfileImporter(db, TimeProvider.System);
            Assert.Equal(ImportStatus.Created, (await importer.ImportAsync("docton.txt", System.Text.Encoding.UTF8.GetBytes(document), CancellationToken.None)).Status);
        });
        await factory.WithDbAsync(async db =>
        {
            // And a changed version of it, which goes through the update path.
            using var importer = new ProfileImporter(db, TimeProvider.System);
            var changed = Profiles.Document(title: $"Docton{tag}, VT", narrative: ["Docton changed."], partners: [keepName, dupName]);
            Assert.Equal(ImportStatus.Updated, (await importer.ImportAsync("docton.txt", System.Text.Encoding.UTF8.GetBytes(changed), CancellationToken.None)).Status);
        });
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var old = await anonymous.GetAsync($"/partners/{dupSlug}");

        await factory.WithDbAsync(async db =>
        {
            Assert.False(await db.Partners.AnyAsync(p => p.Slug == dupSlug));
            var keep = await db.Partners.SingleAsync(p => p.Slug == keepSlug);
            Assert.Equal("Before the merge.", (await db.Jurisdictions.SingleAsync(x => x.Id == j.Id)).NarrativeMarkdown);
            Assert.Equal([keep.Id], await db.JurisdictionPartners.Where(p => p.JurisdictionId == j.Id).Select(p => p.PartnerId).ToListAsync());
            Assert.Equal([keep.Id], await db.JurisdictionPartners.Where(p => p.Jurisdiction.Name == $"Docton{tag}").Select(p => p.PartnerId).ToListAsync());
        });
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/partners/{keepSlug}", old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_partner_merged_twice_leads_every_old_address_to_the_last_survivor()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var slugs = await factory.WithDbAsync(async db =>
        {
            var partners = new[] { "First", "Second", "Third" }.Select(n => db.Partners.Add(new Partner { Slug = $"{n.ToLowerInvariant()}-{tag}", Name = $"{n} {tag}" }).Entity).ToList();
            await db.SaveChangesAsync();
            return partners.Select(p => p.Slug).ToList();
        });
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        await Forms.SubmitAsync(editor.Http, $"/admin/partners?q={tag}", $"#partner-{slugs[0]} .merge-form", new Dictionary<string, string> { ["into"] = slugs[1] });
        await Forms.SubmitAsync(editor.Http, $"/admin/partners?q={tag}", $"#partner-{slugs[1]} .merge-form", new Dictionary<string, string> { ["into"] = slugs[2] });

        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var old in slugs.Take(2))
        {
            var response = await anonymous.GetAsync($"/partners/{old}");
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal($"/partners/{slugs[2]}", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Setting_a_parent_that_would_make_a_loop_is_refused()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ids = await factory.WithDbAsync(async db =>
        {
            var top = db.Partners.Add(new Partner { Slug = $"sheriff-{tag}", Name = $"Sheriff {tag}" }).Entity;
            var unit = db.Partners.Add(new Partner { Slug = $"unit-{tag}", Name = $"Unit {tag}", Parent = top }).Entity;
            await db.SaveChangesAsync();
            return (Top: top.Id, TopSlug: top.Slug, UnitSlug: unit.Slug);
        });
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        await Forms.SubmitAsync(editor.Http, $"/admin/partners?q={tag}", $"#partner-{ids.TopSlug} .parent-form", new Dictionary<string, string> { ["parent"] = ids.UnitSlug });

        Assert.Null(await factory.WithDbAsync(db => db.Partners.Where(p => p.Id == ids.Top).Select(p => p.ParentId).SingleAsync()));
    }
}
