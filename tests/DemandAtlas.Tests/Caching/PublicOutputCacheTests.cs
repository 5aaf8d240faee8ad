using DemandAtlas.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Caching;

public sealed class PublicOutputCacheTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    [Fact]
    public async Task A_repeated_anonymous_page_request_is_served_from_the_output_cache()
    {
        var place = new JurisdictionBuilder("Cacheton").WithTactic("web-stings");
        await factory.WithDbAsync(place.SaveAsync);
        var client = factory.CreateClient();

        using var first = await client.GetAsync(new Uri($"/jurisdictions/{place.Slug}", UriKind.Relative));
        using var second = await client.GetAsync(new Uri($"/jurisdictions/{place.Slug}", UriKind.Relative));

        Assert.False(first.Headers.Age.HasValue);
        Assert.True(second.Headers.Age.HasValue);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_edit_in_the_store_shows_on_the_next_request_despite_the_cache()
    {
        var place = new JurisdictionBuilder("Freshville").InCounty("Old County");
        await factory.WithDbAsync(place.SaveAsync);
        var client = factory.CreateClient();
        var url = $"/jurisdictions/{place.Slug}";
        var (_, before) = await client.GetPageAsync(url);
        await client.GetPageAsync(url);

        await factory.WithDbAsync(async db =>
        {
            var row = await db.Jurisdictions.SingleAsync(j => j.Slug == place.Slug);
            row.County = "New County";
            row.Version++;
            await db.SaveChangesAsync();
        });
        var (_, after) = await client.GetPageAsync(url);

        Assert.Contains("Old County", before.MainText(), StringComparison.Ordinal);
        Assert.Contains("New County", after.MainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Old County", after.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_page_is_stored_compressed_per_encoding_and_plain_clients_still_get_plain_text()
    {
        var place = new JurisdictionBuilder("Brotliburg").WithTactic("john-school");
        await factory.WithDbAsync(place.SaveAsync);
        var client = factory.CreateClient();
        var url = new Uri($"/jurisdictions/{place.Slug}", UriKind.Relative);

        async Task<HttpResponseMessage> GetAsync(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (encoding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            }

            return await client.SendAsync(request);
        }

        using var firstBrotli = await GetAsync("br");
        // The entry is stored as the first response finishes, which the client may see a moment before: ask again
        // until it is served from the cache (at most about two seconds).
        var secondBrotli = await GetAsync("br");
        for (var attempt = 0; attempt < 40 && !secondBrotli.Headers.Age.HasValue; attempt++)
        {
            secondBrotli.Dispose();
            await Task.Delay(50);
            secondBrotli = await GetAsync("br");
        }

        using var cached = secondBrotli;
        using var plain = await GetAsync(null);

        Assert.Equal("br", Assert.Single(secondBrotli.Content.Headers.ContentEncoding));
        Assert.True(secondBrotli.Headers.Age.HasValue);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains(place.Name, await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_responses_are_never_cached()
    {
        var client = factory.CreateClient();

        using var first = await client.GetAsync(new Uri("/jurisdictions/no-such-place-anywhere", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/jurisdictions/no-such-place-anywhere", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, second.StatusCode);
        Assert.False(second.Headers.Age.HasValue);
    }
}
