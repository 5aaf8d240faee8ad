namespace DemandAtlas.Bench.WriteLoad;

/// <summary>
/// A cookie jar for one loopback server. The staff cookie is `Secure` (a `__Host-` cookie); browsers send
/// Secure cookies to http://127.0.0.1 because loopback counts as a secure context, but .NET's CookieContainer
/// does not, so the bench keeps cookies itself: name → value, attributes ignored, expired ones dropped.
/// </summary>
internal sealed class LoopbackCookies() : DelegatingHandler(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 })
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            }
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            lock (gate)
            {
                foreach (var header in setCookies)
                {
                    var pair = header.Split(';', 2)[0];
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                    {
                        continue;
                    }

                    var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                    var expired = value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                    if (expired)
                    {
                        cookies.Remove(name);
                    }
                    else
                    {
                        cookies[name] = value;
                    }
                }
            }
        }

        return response;
    }
}
