using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Pages;

/// <summary>
/// Saves builders and then adjusts what the shared JurisdictionBuilder does not cover (deletion, confidential
/// operations, sources, neighbours, sub-units, stored HTML), so the shared builder stays untouched.
/// </summary>
internal static class SiteData
{
    public static async Task<Jurisdiction> SaveAsync(this AtlasFactory factory, JurisdictionBuilder builder, Action<Jurisdiction, AtlasDb>? adjust = null) =>
        await factory.WithDbAsync(async db =>
        {
            var jurisdiction = await builder.SaveAsync(db);
            if (adjust is not null)
            {
                adjust(jurisdiction, db);
                await db.SaveChangesAsync();
            }

            return jurisdiction;
        });

    public static async Task<int> TacticIdAsync(this AtlasDb db, string slug) =>
        await db.Tactics.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();

    public static string Unique(string text) => $"{text}{Guid.NewGuid().ToString("N")[..8]}";
}
