using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace DemandAtlas.Web.Security;

/// <summary>
/// Behind a reverse proxy (deploy/nginx) every request comes from the proxy's address. X-Forwarded-For and
/// X-Forwarded-Proto give the client's address and scheme back to the login rate limit, the logs and the audit trail,
/// but only on requests that arrive from a proxy named in `DemandAtlas:Proxy` (default: loopback only); from anyone
/// else the headers are ignored, so a client cannot choose its own address.
/// </summary>
public static class ProxySupport
{
    public static IServiceCollection AddProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>()
            .Bind(configuration.GetSection(ProxyOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptions.Validator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;
            // Unset keeps ASP.NET Core's defaults, loopback only (127.0.0.0/8 and ::1); set, either list replaces them.
            if (proxy.Value.KnownProxies is null && proxy.Value.KnownNetworks is null)
            {
                return;
            }

            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies ?? [])
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks ?? [])
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseProxySupport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}

/// <summary>The proxies whose forwarded headers are believed, from `DemandAtlas:Proxy`.</summary>
public sealed class ProxyOptions
{
    public const string Section = "DemandAtlas:Proxy";

    /// <summary>Proxy addresses, e.g. `10.0.0.5` (DemandAtlas__Proxy__KnownProxies__0=10.0.0.5).</summary>
    public string[]? KnownProxies { get; set; }

    /// <summary>Proxy networks in CIDR notation, e.g. `10.0.0.0/24`.</summary>
    public string[]? KnownNetworks { get; set; }

    /// <summary>How many proxies in front of the app to step back through (one: nginx alone).</summary>
    public int ForwardLimit { get; set; } = 1;

    public IReadOnlyList<string> Problems() =>
    [
        .. (KnownProxies ?? []).Where(a => !IPAddress.TryParse(a, out _)).Select(a => $"KnownProxies: '{a}' is not an IP address"),
        .. (KnownNetworks ?? []).Where(n => !System.Net.IPNetwork.TryParse(n, out _)).Select(n => $"KnownNetworks: '{n}' is not a network like 10.0.0.0/24"),
        .. ForwardLimit < 1 ? new[] { "ForwardLimit must be at least 1" } : [],
    ];

    internal sealed class Validator : IValidateOptions<ProxyOptions>
    {
        public ValidateOptionsResult Validate(string? name, ProxyOptions options) => options.Problems() is { Count: > 0 } problems
            ? ValidateOptionsResult.Fail(problems.Select(p => $"{Section}:{p}"))
            : ValidateOptionsResult.Success;
    }
}
