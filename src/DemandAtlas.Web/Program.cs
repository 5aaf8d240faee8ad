using DemandAtlas.Web.Caching;
using DemandAtlas.Web.CommandLine;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Pages.Admin;
using DemandAtlas.Web.Security;
using Serilog;

// One command line: without a verb it runs the site below; `import`, `export` and the other verbs run against the
// store and exit; `--help` and `--version` start nothing (CommandLine/Verbs.cs).
return await Verbs.InvokeAsync(args, VerbContext.Console, RunSiteAsync);

static async Task<int> RunSiteAsync(string[] args, CancellationToken cancellationToken)
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .Filter.ByExcluding(e => StartupFailures.IsExplainedHostEvent(e, builder.Configuration))
        .Enrich.FromLogContext()
        .WriteTo.Console());
    builder.Services.AddAtlasData();
    builder.Services.AddHostedService<DatabaseInitializer>();
    builder.Services.AddRazorPages();
    builder.Services.AddPublicSite();
    builder.Services.AddPublicOutputCache();
    builder.Services.AddAdmin(builder.Configuration);
    builder.Services.AddProxySupport(builder.Configuration);

    var app = builder.Build();
    app.UseProxySupport();
    app.UsePublicSite();
    app.UseStaticFiles();
    app.UseRouting();
    app.UseAtlasSecurity();
    app.UsePublicOutputCache();
    app.MapRazorPages();
    app.MapPublicSite();
    return await StartupFailures.RunAsync(app, Console.Error, cancellationToken);
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
