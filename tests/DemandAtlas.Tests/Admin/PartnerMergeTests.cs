using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
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
