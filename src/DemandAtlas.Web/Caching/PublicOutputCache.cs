using DemandAtlas.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// Caches anonymous public GET responses (pages, CSV, API) keyed by path, full query and when what the page shows
/// last changed in the directory index (<see cref="PageStamps"/>), which moves only when the change feed names a
/// place the page shows: an edit in this process is visible on the very next request, another process's write
/// (the import verb) about a second later; an edit leaves the pages of other states and tactics cached, and a
/// staff member's session bookkeeping, which writes too, empties nothing. Pages are fast without
/// it (the index answers any filter); the cache only saves re-rendering a page many visitors ask for. Its expiry
/// lets rarely asked URLs go, with the cache's size limit.
/// </summary>
public sealed class PublicOutputCachePolicy(DirectoryIndexService directory) : IOutputCachePolicy
{
    private static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        cacheable &= http.User.Identity?.IsAuthenticated != true;
        cacheable &= !IsStaffOrProbe(http.Request.Path);
        // Until the first snapshot is built there is no version to key by.
        cacheable &= directory.Current is not null;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // No lock: a page is cheap to render, and requests for one being rendered are not queued behind it.
        context.AllowLocking = false;
        context.ResponseExpirationTimeSpan = Expiry;
        context.CacheVaryByRules.QueryKeys = "*";
        // Entries hold compressed bodies (see UsePublicOutputCache), so each encoding is its own entry.
        context.CacheVaryByRules.HeaderNames = Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding;
        // Keyed by when what the page shows last changed, not by every change: a write elsewhere keeps it cached.
        var stamp = directory.Current is { } index ? PageStamps.Of(http.Request.Path, http.Request.Query, index) : 0;
        context.CacheVaryByRules.VaryByValues["directory"] = stamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only whole, cookie-free successes are shared between visitors.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
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
    /// <summary>The room the stored pages may take, in MB of stored (mostly deflated) bytes.</summary>
    public const string SizeLimitKey = "DemandAtlas:OutputCacheMegabytes";

    private const int DefaultSizeLimitMegabytes = 64;

    public static IServiceCollection AddPublicOutputCache(this IServiceCollection services)
    {
        // Registered first: AddOutputCache adds its own memory store only when there is none.
        services.AddSingleton<IOutputCacheStore>(sp => new DeflatingOutputCacheStore(sp.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit));
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IConfiguration>((o, config) =>
            o.SizeLimit = config.GetValue(SizeLimitKey, DefaultSizeLimitMegabytes) * 1024L * 1024);
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

    private sealed class BasePolicySetup(PublicOutputCachePolicy policy) : IConfigureOptions<OutputCacheOptions>
    {
        public void Configure(OutputCacheOptions options) => options.AddBasePolicy(policy);
    }
}
