using DemandAtlas.Web.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace DemandAtlas.Tests.Caching;

public sealed class PublicOutputCachePolicyTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task A_page_built_from_an_earlier_generations_aggregates_is_served_but_not_stored(bool servedStale, bool stored)
    {
        var policy = new PublicOutputCachePolicy(new StoreGeneration());
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Get;
        http.Request.Path = "/";
        var context = new OutputCacheContext { HttpContext = http };
        await policy.CacheRequestAsync(context, CancellationToken.None);
        http.Response.StatusCode = StatusCodes.Status200OK;
        if (servedStale)
        {
            http.Items[AggregateCache.ServedStaleItem] = true;
        }

        await policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.Equal(stored, context.AllowCacheStorage);
    }
}
