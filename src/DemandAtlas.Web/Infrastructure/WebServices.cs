using System.IO.Compression;
using System.Text.Json.Serialization;
using DemandAtlas.Web.Api;
using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace DemandAtlas.Web.Infrastructure;

/// <summary>The public site's services and pipeline: hardening, error pages, compression, API, health.</summary>
public static class WebServices
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv", "application/problem+json"]);
        });
        // Fastest keeps compression from costing more CPU than it saves on a busy 2-core box.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddProblemDetails();
        // Layout links carry asp-append-version hashes, so a versioned asset can be cached for a year.
        services.Configure<StaticFileOptions>(o => o.OnPrepareResponse = context =>
            context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "public, max-age=3600");
        services.AddOpenApi(ApiDocument.Configure);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // One clock for every "now" the app reads (AtlasDb.Clock hands it to writes); a test host may replace it.
        services.TryAddSingleton(TimeProvider.System);
        // Writes move the store generation: in this process at once, another process's (the import verb) within
        // about a second (StoreWatcher).
        services.AddSingleton<StoreGeneration>();
        // Registered after the DatabaseInitializer (Program.cs), so it starts on a migrated store; verbs never start it.
        services.AddSingleton<StoreWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreWatcher>());
        // The public directory in memory, kept current from the store's change feed (after the watcher, so it starts
        // on a migrated store too).
        services.AddSingleton<DirectoryIndexService>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectoryIndexService>());
        services.ConfigureDbContext<AtlasDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<StoreGeneration>()));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    /// <summary>Middleware that must wrap everything else; call before static files and routing.</summary>
    public static WebApplication UsePublicSite(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UsePublicCompression();
        app.UseSerilogRequestLogging(o => o.EnrichDiagnosticContext = (diagnostics, http) =>
        {
            diagnostics.Set("CorrelationId", Correlation.Id(http));
            diagnostics.Set("Endpoint", http.GetEndpoint()?.DisplayName);
        });
        return app;
    }

    /// <summary>Endpoints outside Razor Pages: JSON API, CSV exports, OpenAPI document, health.</summary>
    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapPublicApi();
        app.MapCsvExports();
        return app;
    }

    /// <summary>Compresses everything but staff pages, which carry antiforgery tokens and echo input (BREACH).</summary>
    public static IApplicationBuilder UsePublicCompression(this IApplicationBuilder app) =>
        app.UseWhen(c => !IsStaffPath(c.Request.Path), branch => branch.UseResponseCompression());

    internal static bool IsStaffPath(PathString path) =>
        path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The id a visitor can quote from an error page and staff can find in the logs.</summary>
public static class Correlation
{
    public static string Id(HttpContext http) =>
        System.Diagnostics.Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
}
