using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

public sealed class TacticsAdminTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    [Fact]
    public async Task An_admin_can_rename_a_tactic_and_replace_its_aliases()
    {
        using var admin = await Staff.LoginAsAsync(factory, Roles.Admin);

        await Forms.SubmitAsync(admin.Http, "/admin/tactics", "#tactic-letters", new Dictionary<string, string>
        {
            ["Input.Name"] = "Letters to Buyers",
            ["Input.Aliases"] = "Dear John Letters\nWarning Letters",
        });

        await factory.WithDbAsync(async db =>
        {
            var tactic = await db.Tactics.Include(t => t.Aliases).SingleAsync(t => t.Slug == "letters");
            Assert.Equal("Letters to Buyers", tactic.Name);
            Assert.Equal(["Dear John Letters", "Warning Letters"], tactic.Aliases.Select(a => a.Name).Order());
            Assert.Equal("warning letters", tactic.Aliases.Single(a => a.Name == "Warning Letters").Key);
        });
    }

    [Fact]
    public async Task An_alias_that_belongs_to_another_tactic_is_refused()
    {
        using var admin = await Staff.LoginAsAsync(factory, Roles.Admin);

        await Forms.SubmitAsync(admin.Http, "/admin/tactics", "#tactic-cameras", new Dictionary<string, string> { ["Input.Aliases"] = "Shaming" });

        Assert.Equal("identity-disclosure", await factory.WithDbAsync(db => db.TacticAliases.Where(a => a.Key == "shaming").Select(a => a.Tactic.Slug).SingleAsync()));
    }
}
