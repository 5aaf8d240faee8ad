using DemandAtlas.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Data;

/// <summary>The app with seed import switched on, as a fresh clone runs it.</summary>
public sealed class SeedingAtlasFactory : AtlasFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["DemandAtlas:ImportSeedsOnStart"] = "true" };
}

public sealed class SeedImportOnStartTests(SeedingAtlasFactory factory) : IClassFixture<SeedingAtlasFactory>
{
    [Fact]
    public async Task An_empty_store_imports_the_seeds_when_the_site_starts()
    {
        var slugs = await factory.WithDbAsync(db => db.Jurisdictions.Select(j => j.Slug).ToListAsync());

        Assert.Contains("westborough-ma", slugs);
        Assert.DoesNotContain(slugs, s => s.Contains("synthetic", StringComparison.Ordinal));
    }
}
