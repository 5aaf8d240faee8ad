using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace DemandAtlas.Web.Caching;

/// <summary>
/// The output cache's store: entries in memory, the large ones deflated. A page's markup repeats itself (its rows, its
/// map's marks), so a deflated list page takes about a sixth of the room: the same size limit holds six times the
/// pages, and inflating one on a hit costs a small part of rendering it again. Entries the visitor asked compressed
/// (brotli, gzip) would not shrink again, and are kept as they are. A page asked for many times a second (the home
/// page, a tactic page) is kept inflated once it is that hot: inflating it on every hit would cost more than its room.
/// </summary>
public sealed class DeflatingOutputCacheStore : IOutputCacheBufferStore, IDisposable
{
    /// <summary>Smaller entries (redirects, small API answers) are not worth inflating on every hit.</summary>
    private const int SmallestDeflated = 8 * 1024;

    /// <summary>Hits within one second that make a deflated entry hot enough to keep inflated.</summary>
    private const int HotHitsPerSecond = 20;

    private readonly MemoryCache entries;
    private readonly long sizeLimit;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> keysByTag = new(StringComparer.Ordinal);

    public DeflatingOutputCacheStore(long sizeLimit)
    {
        this.sizeLimit = sizeLimit;
        entries = new(new MemoryCacheOptions { SizeLimit = sizeLimit, TrackStatistics = true });
    }

    /// <summary>The bytes the entries take, as the size limit counts them.</summary>
    public long StoredBytes => entries.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (!entries.TryGetValue(key, out Stored? stored) || stored is null)
        {
            return ValueTask.FromResult(false);
        }

        if (stored.Length is { } length)
        {
            // The span is the writer's only until Advance: copy it for the cache first.
            var span = destination.GetSpan(length)[..length];
            Inflate(stored.Bytes, span);
            KeepInflatedIfHot(key, stored, span);
            destination.Advance(length);
        }
        else
        {
            destination.Write(stored.Bytes);
        }

        return ValueTask.FromResult(true);
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!entries.TryGetValue(key, out Stored? stored) || stored is null)
        {
            return ValueTask.FromResult<byte[]?>(null);
        }

        if (stored.Length is not { } length)
        {
            return ValueTask.FromResult<byte[]?>(stored.Bytes);
        }

        var bytes = new byte[length];
        Inflate(stored.Bytes, bytes);
        KeepInflatedIfHot(key, stored, bytes);
        return ValueTask.FromResult<byte[]?>(bytes);
    }

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        Store(key, value, tags.Span, validFor);
        return ValueTask.CompletedTask;
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        Store(key, new ReadOnlySequence<byte>(value), tags, validFor);
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (keysByTag.TryRemove(tag, out var keys))
        {
            foreach (var key in keys.Keys)
            {
                entries.Remove(key);
            }
        }

        return ValueTask.CompletedTask;
    }

    public void Dispose() => entries.Dispose();

    private void Store(string key, ReadOnlySequence<byte> value, ReadOnlySpan<string> tags, TimeSpan validFor)
    {
        var expires = DateTimeOffset.UtcNow + validFor;
        var deflated = value.Length >= SmallestDeflated ? Deflate(value) : null;
        var stored = deflated is null ? new Stored(value.ToArray(), null, expires) : new Stored(deflated, (int)value.Length, expires);
        var options = new MemoryCacheEntryOptions { AbsoluteExpiration = expires, Size = stored.Bytes.Length };
        if (!tags.IsEmpty)
        {
            foreach (var tag in tags)
            {
                keysByTag.GetOrAdd(tag, _ => new(StringComparer.Ordinal))[key] = 0;
            }

            string[] kept = [.. tags];
            options.RegisterPostEvictionCallback((_, _, _, _) =>
            {
                foreach (var tag in kept)
                {
                    if (keysByTag.TryGetValue(tag, out var keys))
                    {
                        keys.TryRemove(key, out byte _);
                    }
                }
            });
        }

        entries.Set(key, stored, options);
    }

    /// <summary>Counts a hit on a deflated entry; the one that makes it hot stores it inflated for the rest of its life.</summary>
    private void KeepInflatedIfHot(string key, Stored stored, ReadOnlySpan<byte> inflated)
    {
        var now = Environment.TickCount64;
        if (now - Volatile.Read(ref stored.WindowStart) > 1_000)
        {
            Volatile.Write(ref stored.WindowStart, now);
            Volatile.Write(ref stored.WindowHits, 0);
        }

        // Only with room to spare: a replacement the limit refuses would drop the entry instead.
        if (Interlocked.Increment(ref stored.WindowHits) == HotHitsPerSecond && StoredBytes + inflated.Length < sizeLimit * 9 / 10)
        {
            var options = new MemoryCacheEntryOptions { AbsoluteExpiration = stored.Expires, Size = inflated.Length };
            entries.Set(key, new Stored(inflated.ToArray(), null, stored.Expires), options);
        }
    }

    /// <summary>The value deflated, or null when that saves less than a fifth (already compressed bodies).</summary>
    private static byte[]? Deflate(ReadOnlySequence<byte> value)
    {
        var output = new MemoryStream((int)(value.Length / 4));
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            foreach (var segment in value)
            {
                deflate.Write(segment.Span);
            }
        }

        return output.Length * 5 < value.Length * 4 ? output.ToArray() : null;
    }

    private static void Inflate(byte[] deflated, Span<byte> destination)
    {
        using var inflate = new DeflateStream(new MemoryStream(deflated, writable: false), CompressionMode.Decompress);
        inflate.ReadExactly(destination);
    }

    /// <param name="length">The inflated length of a deflated entry; null for one kept as it was.</param>
    private sealed class Stored(byte[] bytes, int? length, DateTimeOffset expires)
    {
        public long WindowStart = Environment.TickCount64;
        public int WindowHits;

        public byte[] Bytes { get; } = bytes;

        public int? Length { get; } = length;

        public DateTimeOffset Expires { get; } = expires;
    }
}
