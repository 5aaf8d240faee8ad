using System.Buffers;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text;
using DemandAtlas.Web.Caching;

namespace DemandAtlas.Tests.Caching;

public sealed class DeflatingOutputCacheStoreTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Pages_over_twice_the_size_limit_all_stay_cached_and_come_back_byte_for_byte()
    {
        using var store = new DeflatingOutputCacheStore(sizeLimit: 200_000);
        var pages = Enumerable.Range(0, 5).Select(ListPage).ToArray();
        Assert.True(pages.Sum(p => p.Length) > 2 * 200_000);

        for (var i = 0; i < pages.Length; i++)
        {
            await store.SetAsync($"page-{i}", new ReadOnlySequence<byte>(pages[i]), ReadOnlyMemory<string>.Empty, Minute, CancellationToken.None);
        }

        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Equal(pages[i], await ReadAsync(store, $"page-{i}"));
            Assert.Equal(pages[i], await store.GetAsync($"page-{i}", CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_page_asked_for_many_times_a_second_is_kept_inflated_and_still_comes_back_byte_for_byte()
    {
        using var store = new DeflatingOutputCacheStore(sizeLimit: 1_000_000);
        var page = ListPage(7);
        await store.SetAsync("home", new ReadOnlySequence<byte>(page), ReadOnlyMemory<string>.Empty, Minute, CancellationToken.None);
        Assert.InRange(store.StoredBytes, 1, page.Length / 3);

        for (var hit = 0; hit < 30; hit++)
        {
            Assert.Equal(page, await ReadAsync(store, "home"));
        }

        Assert.Equal(page.Length, store.StoredBytes);
        Assert.Equal(page, await store.GetAsync("home", CancellationToken.None));
    }

    [Fact]
    public async Task Small_and_incompressible_entries_come_back_as_they_were_stored()
    {
        using var store = new DeflatingOutputCacheStore(sizeLimit: 1_000_000);
        var small = Encoding.UTF8.GetBytes("<p>A short answer.</p>");
        var random = RandomNumberGenerator.GetBytes(50_000);
        await store.SetAsync("small", small, null, Minute, CancellationToken.None);
        await store.SetAsync("random", random, null, Minute, CancellationToken.None);

        Assert.Equal(small, await ReadAsync(store, "small"));
        Assert.Equal(random, await ReadAsync(store, "random"));
        Assert.Null(await store.GetAsync("never-stored", CancellationToken.None));
        Assert.False(await store.TryGetAsync("never-stored", PipeWriter.Create(new MemoryStream()), CancellationToken.None));
    }

    [Fact]
    public async Task Evicting_a_tag_drops_the_entries_stored_with_it_and_keeps_the_others()
    {
        using var store = new DeflatingOutputCacheStore(sizeLimit: 1_000_000);
        await store.SetAsync("tagged", ListPage(1), ["places"], Minute, CancellationToken.None);
        await store.SetAsync("other", ListPage(2), ["tactics"], Minute, CancellationToken.None);

        await store.EvictByTagAsync("places", CancellationToken.None);

        Assert.Null(await store.GetAsync("tagged", CancellationToken.None));
        Assert.Equal(ListPage(2), await store.GetAsync("other", CancellationToken.None));
    }

    /// <summary>About 110 KB of list-page-like markup: rows that differ only in their numbers and names.</summary>
    private static byte[] ListPage(int seed)
    {
        var html = new StringBuilder("<table class=\"results\">");
        for (var row = 0; row < 1_000; row++)
        {
            html.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<tr><td><a href=\"/jurisdictions/synthtown-{seed}-{row:D5}-ca\">Synthtown {seed}-{row:D5}</a></td><td>CA</td><td>{(row * 7919 + seed) % 100_000}</td></tr>");
        }

        return Encoding.UTF8.GetBytes(html.Append("</table>").ToString());
    }

    private static async Task<byte[]> ReadAsync(DeflatingOutputCacheStore store, string key)
    {
        var buffer = new MemoryStream();
        var writer = PipeWriter.Create(buffer);
        Assert.True(await store.TryGetAsync(key, writer, CancellationToken.None));
        await writer.CompleteAsync();
        return buffer.ToArray();
    }
}
