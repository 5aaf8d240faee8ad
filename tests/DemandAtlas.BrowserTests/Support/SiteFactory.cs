using System.Net;
using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.BrowserTests.Support;

/// <summary>The real app on real Kestrel at a free loopback port, over its own SQLite file.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public SiteFactory(string databasePath)
    {
        DatabasePath = databasePath;
        // Port 0: the OS picks a free port, so parallel CI jobs never collide.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DatabasePath { get; }

    /// <summary>The address Kestrel actually bound, e.g. http://127.0.0.1:40123.</summary>
    public Uri BaseAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DataServices.ConnectionName}"] = $"Data Source={DatabasePath}",
            ["DemandAtlas:ImportSeedsOnStart"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        }));
    }
}
