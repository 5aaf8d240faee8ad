using System.Net;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Geo;

/// <summary>The list page, map included, stays light on first load even for a large directory (about 70 KB with a full map).</summary>
public sealed class MapWeightTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    private const int Budget = 150 * 1024;

    [Fact]
    public async Task The_jurisdiction_list_with_more_places_than_the_map_cap_transfers_under_150_KB_in_total()
    {
        var random = new Random(6);
        var tag = Guid.NewGuid().ToString("N")[..8];
        string[] tactics = ["reverse-stings", "web-stings", "identity-disclosure", "buyer-arrests", "john-school"];
        // More places than the map draws (2,000), added in one save: the builder saves one at a time, too slow here.
        await factory.WithDbAsync(async db =>
        {
            var ids = db.Tactics.Where(t => tactics.Contains(t.Slug)).Select(t => t.Id).ToList();
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < 2500; i++)
            {
                var name = $"Weighton {i} {tag}";
                db.Jurisdictions.Add(new Jurisdiction
                {
                    Slug = Slugs.ForJurisdiction(name, "TX"),
                    Name = name,
                    StateCode = "TX",
                    StateName = "Texas",
                    Type = JurisdictionType.City,
                    Population = random.Next(1_000, 900_000),
                    Latitude = 26 + (random.NextDouble() * 10),
                    Longitude = -106 + (random.NextDouble() * 12),
                    CoordinateSource = CoordinateSource.Document,
                    CreatedAt = now,
                    UpdatedAt = now,
                    Version = 1,
                    Claims = [.. ids.Take(1 + (i % ids.Count)).Select(id => new TacticClaim { TacticId = id, Evidence = [new Evidence { Kind = EvidenceKind.Narrative, Text = "Police ran this tactic." }] })],
                });
            }

            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");

        var (total, assets) = await FirstLoadBytesAsync(client, "/jurisdictions");

        Assert.Contains(assets, a => a.StartsWith("/geo/states.svg?v=", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/css/map.css", StringComparison.Ordinal));
        Assert.InRange(total, 1, Budget);
    }

    /// <summary>The page plus every stylesheet, script, image and base map it references, as sent over the wire.</summary>
    private static async Task<(long Total, List<string> Assets)> FirstLoadBytesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        var html = response.Content.Headers.ContentEncoding.Count == 0
            ? System.Text.Encoding.UTF8.GetString(body)
            : await Decompress(body, response.Content.Headers.ContentEncoding.First());
        var page = await Html.ParseAsync(html);
        var assets = page.QuerySelectorAll("link[rel~='stylesheet'][href], link[rel~='icon'][href], script[src], img[src], image[href]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Distinct()
            .ToList();
        long total = body.Length;
        foreach (var asset in assets)
        {
            var assetResponse = await client.GetAsync(new Uri(asset, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, assetResponse.StatusCode);
            total += (await assetResponse.Content.ReadAsByteArrayAsync()).Length;
        }

        return (total, assets);
    }

    private static async Task<string> Decompress(byte[] body, string encoding)
    {
        await using var input = new MemoryStream(body);
        await using Stream stream = encoding == "br"
            ? new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
