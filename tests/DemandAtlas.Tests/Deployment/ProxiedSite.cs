using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using DemandAtlas.Testing;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.Tests.Deployment;

/// <summary>
/// Debian's nginx in front of the app on real Kestrel, both on loopback: nginx runs deploy/nginx/demandatlas.conf with
/// only its lines marked "test:" changed (loopback ports, a certificate made here, the repository's wwwroot, the app's
/// port). The app believes forwarded headers from 127.0.0.1 only, where nginx connects from; test clients connect from
/// other loopback addresses (127.0.0.2, …), so each is a different client to nginx and, through it, to the app.
/// </summary>
public sealed partial class ProxiedSite : AtlasFactory, IAsyncLifetime
{
    public const int LoginLimit = 3;

    private readonly string work = Directory.CreateTempSubdirectory("demandatlas-nginx-").FullName;
    private Process? nginx;
    private X509Certificate2? certificate;

    public ProxiedSite() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Where nginx serves the site over TLS, e.g. https://127.0.0.1:40123.</summary>
    public Uri Https { get; private set; } = null!;

    /// <summary>nginx's plain-HTTP server, which only redirects.</summary>
    public Uri Http { get; private set; } = null!;

    /// <summary>The app itself, past nginx.</summary>
    public Uri Direct { get; private set; } = null!;

    /// <summary>Why these tests cannot run here (nginx missing), or null.</summary>
    public string? Missing { get; private set; }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DemandAtlas:Security:LoginPermitLimit"] = LoginLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DemandAtlas:Security:LoginWindow"] = "00:10:00",
        ["DemandAtlas:Proxy:KnownProxies:0"] = "127.0.0.1",
    };

    public static string ConfigFile => Path.Combine(AtlasPaths.Root(AppContext.BaseDirectory), "deploy", "nginx", "demandatlas.conf");

    public async Task InitializeAsync()
    {
        var program = ExternalTools.Find("nginx") ?? ExternalTools.Find("/usr/sbin/nginx");
        if (program is null)
        {
            Missing = "nginx is not installed; apt-get install nginx";
            return;
        }

        StartServer();
        Direct = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        certificate = MakeCertificate();
        var (cert, key) = (Path.Combine(work, "site.crt"), Path.Combine(work, "site.key"));
        await File.WriteAllTextAsync(cert, certificate.ExportCertificatePem());
        using (var rsa = certificate.GetRSAPrivateKey()!)
        {
            await File.WriteAllTextAsync(key, rsa.ExportRSAPrivateKeyPem());
        }

        var (httpPort, httpsPort) = (FreePort(), FreePort());
        Http = new Uri($"http://127.0.0.1:{httpPort}");
        Https = new Uri($"https://127.0.0.1:{httpsPort}");
        var site = SiteConfig(await File.ReadAllTextAsync(ConfigFile), httpPort, httpsPort, Direct.Port, cert, key);
        var conf = Path.Combine(work, "nginx.conf");
        await File.WriteAllTextAsync(conf, Wrapper(site));

        nginx = Process.Start(new ProcessStartInfo(program, ["-c", conf, "-p", work])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var errors = nginx.StandardError.ReadToEndAsync();
        for (var i = 0; i < 100 && !await AcceptsAsync(httpsPort); i++)
        {
            if (nginx.HasExited)
            {
                throw new InvalidOperationException($"nginx exited {nginx.ExitCode}: {await errors}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The deploy file with only its "test:" lines changed. Fails loudly if a marked line is not where expected.</summary>
    public static string SiteConfig(string deploy, int httpPort, int httpsPort, int appPort, string cert, string key)
    {
        var wwwroot = Path.Combine(AtlasPaths.Root(AppContext.BaseDirectory), "src", "DemandAtlas.Web", "wwwroot");
        var ports = new Queue<int>([httpPort, httpsPort]);
        var lines = new List<string>();
        foreach (var line in deploy.Split('\n'))
        {
            var marker = TestMarker().Match(line);
            if (!marker.Success)
            {
                lines.Add(line);
                continue;
            }

            var code = line[..marker.Index];
            lines.Add(marker.Groups[1].Value.Trim() switch
            {
                "removed" => "",
                "a loopback port" => ListenAddress().Replace(code, $"listen 127.0.0.1:{ports.Dequeue()}"),
                "the app's port" => Replace(code, "server 127.0.0.1:5080;", $"server 127.0.0.1:{appPort};"),
                "a certificate of its own" => $"    ssl_certificate {cert};",
                "its key" => $"    ssl_certificate_key {key};",
                "the repository's wwwroot" => $"    root {wwwroot};",
                var other => throw new InvalidOperationException($"Unknown test marker '{other}' in {ConfigFile}"),
            });
        }

        Assert.Empty(ports);
        return string.Join('\n', lines);
    }

    /// <summary>The main context around the site file, every path inside this test's folder.</summary>
    private string Wrapper(string site)
    {
        var config = new StringBuilder();
        config.AppendLine("daemon off;");
        // One process: disposing it stops nginx for good (workers outlive a killed master).
        config.AppendLine("master_process off;");
        config.AppendLine($"pid {work}/nginx.pid;");
        config.AppendLine($"error_log {work}/error.log warn;");
        config.AppendLine("events { worker_connections 64; }");
        config.AppendLine("http {");
        config.AppendLine("    include /etc/nginx/mime.types;");
        config.AppendLine("    default_type application/octet-stream;");
        config.AppendLine($"    access_log {work}/access.log;");
        foreach (var temp in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            config.AppendLine($"    {temp}_temp_path {work}/{temp};");
        }

        config.AppendLine(site);
        config.AppendLine("}");
        return config.ToString();
    }

    /// <summary>A client as a browser at <paramref name="address"/> (127.0.0.x) would be: its own connections and cookies.</summary>
    public HttpClient ClientFrom(string address, Uri baseAddress)
    {
        var local = IPAddress.Parse(address);
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                // Only the certificate this fixture made and gave nginx.
                RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && certificate is not null && cert.GetCertHashString() == certificate.GetCertHashString(),
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }

    /// <summary>The addresses the audit trail recorded for failed logins to <paramref name="email"/>.</summary>
    public async Task<List<string?>> FailedLoginAddressesAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
        return await db.AuditLog.Where(a => a.Action == Audit.LoginFailed && a.Subject == email).Select(a => a.RemoteIp).ToListAsync();
    }

    private static X509Certificate2 MakeCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Replace(string line, string expected, string replacement) =>
        line.Contains(expected, StringComparison.Ordinal)
            ? line.Replace(expected, replacement, StringComparison.Ordinal)
            : throw new InvalidOperationException($"Expected '{expected}' in the marked line '{line.Trim()}' of {ConfigFile}");

    [GeneratedRegex(@"#\s*test:(.*)$")]
    private static partial Regex TestMarker();

    [GeneratedRegex(@"listen\s+[^\s;]+")]
    private static partial Regex ListenAddress();

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (nginx is { HasExited: false })
        {
            nginx.Kill();
            await nginx.WaitForExitAsync();
        }

        nginx?.Dispose();
        certificate?.Dispose();
        await base.DisposeAsync();
        Directory.Delete(work, recursive: true);
    }
}
