using DemandAtlas.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// Caches anonymous public GET responses (pages, CSV, API) keyed by path, full query and the store generation,
/// so an edit in this process is visible on the very next request and a write by another process (the import
/// verb) about a second later (<see cref="StoreWatcher"/>). Correctness needs no expiry; the one here only lets
/// responses of past generations and rarely asked URLs go, with the cache's size limit. It is shorter than
/// <see cref="AggregateCache"/>'s idle expiry, so re-rendering an expired page reuses the shared aggregates.
/// </summary>
public sealed class PublicOutputCachePolicy(StoreGeneration generation) : IOutputCachePolicy
{
    private static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        cacheable &= http.User.Identity?.IsAuthenticated != true;
        cacheable &= !IsStaffOrProbe(http.Request.Path);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // No lock: requests for a page being rendered are not queued behind it. After a write, the first render
        // of a page may rebuild its aggregates for a second at 30,000 profiles; the others render with the last
        // ones built (AggregateCache) and are not stored, instead of all waiting out that second.
        context.AllowLocking = false;
        context.ResponseExpirationTimeSpan = Expiry;
        context.CacheVaryByRules.QueryKeys = "*";
        // Entries hold compressed bodies (see UsePublicOutputCache), so each encoding is its own entry.
        context.CacheVaryByRules.HeaderNames = Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.VaryByValues["generation"] = generation.Current.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only whole, cookie-free successes are shared between visitors.
        var response = context.HttpContext.Response;
        // Nor a page built from aggregates of an earlier generation, which would then outlive their rebuild.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0
            || context.HttpContext.Items.ContainsKey(AggregateCache.ServedStaleItem))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsStaffOrProbe(PathString path) =>
        WebServices.IsStaffPath(path)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase);
}

public static class PublicOutputCache
{
    public static IServiceCollection AddPublicOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache(o => o.SizeLimit = 64 * 1024 * 1024);
        services.AddSingleton<PublicOutputCachePolicy>();
        services.ConfigureOptions<BasePolicySetup>();
        return services;
    }

    /// <summary>
    /// Output cache, then compression inside it: a hit replays an already-compressed body instead of
    /// compressing a large page again on every request (the outer compression skips encoded responses).
    /// </summary>
    public static WebApplication UsePublicOutputCache(this WebApplication app)
    {
        app.UseOutputCache();
        app.UsePublicCompression();
        return app;
    }

    private sealed class BasePolicySetup(PublicOutputCachePolicy policy) : Microsoft.Extensions.Options.IConfigureOptions<OutputCacheOptions>
    {
        public void Configure(OutputCacheOptions options) => options.AddBasePolicy(policy);
    }
}
