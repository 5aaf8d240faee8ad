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
/// (brotli, gzip) would not shrink again, and are kept as they are.
/// </summary>
public sealed class DeflatingOutputCacheStore : IOutputCacheBufferStore, IDisposable
{
    /// <summary>Smaller entries (redirects, small API answers) are not worth inflating on every hit.</summary>
    private const int SmallestDeflated = 8 * 1024;

    private readonly MemoryCache entries;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> keysByTag = new(StringComparer.Ordinal);

    public DeflatingOutputCacheStore(long sizeLimit) => entries = new(new MemoryCacheOptions { SizeLimit = sizeLimit });

    public ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (!entries.TryGetValue(key, out Stored? stored) || stored is null)
        {
            return ValueTask.FromResult(false);
        }

        if (stored.Length is { } length)
        {
            destination.Advance(Inflate(stored.Bytes, destination.GetSpan(length)[..length]));
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
        var stored = value.Length >= SmallestDeflated ? Deflate(value) : null;
        stored ??= new Stored(value.ToArray(), null);
        var options = new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = validFor, Size = stored.Bytes.Length };
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

    /// <summary>The value deflated, or null when that saves less than a fifth (already compressed bodies).</summary>
    private static Stored? Deflate(ReadOnlySequence<byte> value)
    {
        var output = new MemoryStream((int)(value.Length / 4));
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            foreach (var segment in value)
            {
                deflate.Write(segment.Span);
            }
        }

        return output.Length * 5 < value.Length * 4 ? new Stored(output.ToArray(), (int)value.Length) : null;
    }

    private static int Inflate(byte[] deflated, Span<byte> destination)
    {
        using var inflate = new DeflateStream(new MemoryStream(deflated, writable: false), CompressionMode.Decompress);
        inflate.ReadExactly(destination);
        return destination.Length;
    }

    /// <param name="Length">The inflated length of a deflated entry; null for one kept as it was.</param>
    private sealed record Stored(byte[] Bytes, int? Length);
}
