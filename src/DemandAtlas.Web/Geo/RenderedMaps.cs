using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace DemandAtlas.Web.Geo;

/// <summary>
/// Markup already drawn for a map many requests share (<see cref="UsMap.Shared"/>: the directory index's home map,
/// kept for a snapshot), so its few hundred marks are drawn once per snapshot, not per request. A map made for one
/// request is drawn straight into the page: keeping its markup as a string first cost a copy and a large allocation
/// for nothing. The table holds each map weakly, so entries go with the snapshot.
/// </summary>
public static class RenderedMaps
{
    private static readonly ConditionalWeakTable<UsMap, ConcurrentDictionary<UsMapOptions, HtmlString>> Rendered = new();

    public static async Task<IHtmlContent> GetOrRenderAsync(UsMap map, UsMapOptions options, Func<Task<IHtmlContent>> render)
    {
        var forMap = Rendered.GetOrCreateValue(map);
        if (forMap.TryGetValue(options, out var markup))
        {
            return markup;
        }

        await using var writer = new StringWriter();
        (await render()).WriteTo(writer, HtmlEncoder.Default);
        return forMap.GetOrAdd(options, new HtmlString(writer.ToString()));
    }
}
