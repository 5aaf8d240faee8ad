using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DemandAtlas.Tests.Caching;

/// <summary>A deployment trades the output cache's memory against its hits with one setting.</summary>
public sealed class OutputCacheSizeTests(OutputCacheSizeTests.SmallCacheFactory factory) : IClassFixture<OutputCacheSizeTests.SmallCacheFactory>
{
    [Fact]
    public async Task The_cache_size_setting_limits_the_store_the_pages_are_kept_in()
    {
        var client = factory.CreateClient();
        for (var page = 1; page <= 3; page++)
        {
            using var response = await client.GetAsync(new Uri($"/jurisdictions?page={page}&sort=name", UriKind.Relative));
            response.EnsureSuccessStatusCode();
        }

        Assert.Equal(3L * 1024 * 1024, factory.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit);
        var store = Assert.IsType<DeflatingOutputCacheStore>(factory.Services.GetRequiredService<IOutputCacheStore>());
        Assert.InRange(store.StoredBytes, 1, 3L * 1024 * 1024);
    }

    public sealed class SmallCacheFactory : AtlasFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            [PublicOutputCache.SizeLimitKey] = "3",
        };
    }
}
