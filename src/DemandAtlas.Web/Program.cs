using DemandAtlas.Web.Caching;
using DemandAtlas.Web.CommandLine;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Pages.Admin;
using DemandAtlas.Web.Security;
using Serilog;

// `import`, `export` and the other verbs share this binary: they run against the store and exit.
if (Verbs.IsVerb(args))
{
    return await Verbs.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console());
builder.Services.AddAtlasData();
builder.Services.AddHostedService<DatabaseInitializer>();
builder.Services.AddRazorPages();
builder.Services.AddPublicSite();
builder.Services.AddPublicOutputCache();
builder.Services.AddAdmin(builder.Configuration);

var app = builder.Build();
app.UsePublicSite();
app.UseStaticFiles();
app.UseRouting();
app.UseAtlasSecurity();
app.UsePublicOutputCache();
app.MapRazorPages();
app.MapPublicSite();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
