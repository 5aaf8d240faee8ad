using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace DemandAtlas.Web.Geo;

/// <summary>
/// Renders a <see cref="UsMap"/> as a figure: an inline SVG of links over the static base map
/// (/geo/states.svg), a caption with counts, a legend and a text list. Every mark is an
/// <c>&lt;a href&gt;</c> with a <c>&lt;title&gt;</c>, so click, Enter and hover work without script.
/// Colours are presentation attributes (allowed by the CSP); map.css adds focus and hover styles.
/// Each distinct county or state outline is written once, in the map's <c>&lt;defs&gt;</c>, and area marks
/// <c>&lt;use&gt;</c> it: many profiles can share one outline (a state's synthetic or sub-state profiles,
/// a county and its namesake), and a 1–2 KB outline per mark made the map most of a page's weight.
/// </summary>
public static class UsMapHtml
{
    // Against the base map's land colour (#e8ebee): point 7.0:1, county fill 4.0:1, state outline 7.0:1,
    // highlight 5.3:1, all above the 3:1 WCAG asks of graphics; points keep a white ring (4.9:1 on a
    // shaded county). Shape and the legend carry the same meaning as colour.
    internal const string PointFill = "#1d4e89";
    internal const string CountyFill = "#3b75ad";
    internal const string StateFill = "#c6d8ea";
    internal const string HereFill = "#a63d1e";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    // Markup already built for a map instance. Directory-wide and per-filter maps are shared from
    // AggregateCache for a store generation, so their few hundred KB of marks are built once, not per
    // request; the table holds each map weakly, so entries go when the cache drops the map.
    private static readonly ConditionalWeakTable<UsMap, ConcurrentDictionary<UsMapOptions, HtmlString>> Rendered = new();

    public static IHtmlContent Render(UsMap map, UsMapOptions options) =>
        Rendered.GetOrCreateValue(map).GetOrAdd(options, o => Build(map, o));

    private static HtmlString Build(UsMap map, UsMapOptions options)
    {
        var html = new StringBuilder(256 + (map.Marks.Count * 120));
        var id = Encode(options.Id);
        html.Append($"<figure class=\"us-map\" id=\"{id}\" aria-labelledby=\"{id}-caption\">");
        html.Append($"<svg class=\"us-map__svg\" viewBox=\"0 0 975 610\" role=\"group\" aria-labelledby=\"{id}-caption\">");
        html.Append($"<image href=\"{Encode(options.BaseMapHref ?? $"{options.PathBase}/geo/states.svg")}\" x=\"0\" y=\"0\" width=\"975\" height=\"610\" aria-hidden=\"true\"/>");
        AppendShapes(html, map, id);
        // One group per kind carries the colours, so each mark is just a link, a title and a shape.
        AppendLayer(html, map, "state", m => m.Kind == MapMarkKind.State && !m.Highlighted, $"fill=\"{StateFill}\" stroke=\"{PointFill}\" stroke-width=\"2\"", options.PathBase, id);
        AppendLayer(html, map, "county", m => m.Kind == MapMarkKind.County && !m.Highlighted, $"fill=\"{CountyFill}\" stroke=\"#ffffff\" stroke-width=\"0.6\"", options.PathBase, id);
        AppendLayer(html, map, "point", m => m.Kind == MapMarkKind.Point && !m.Highlighted, $"fill=\"{PointFill}\" stroke=\"#ffffff\" stroke-width=\"1.5\"", options.PathBase, id);
        AppendLayer(html, map, "here", m => m.Highlighted, $"fill=\"{HereFill}\" stroke=\"#ffffff\" stroke-width=\"1.5\"", options.PathBase, id);

        html.Append("</svg>");
        html.Append($"<figcaption id=\"{id}-caption\" class=\"us-map__caption\">{Encode(Caption(map, options))}");
        if (options.ListHref is not null)
        {
            html.Append($" <a href=\"{Encode(options.ListHref)}\">List of these places</a>");
        }

        html.Append("</figcaption>");
        AppendLegend(html, map);
        if (options.IncludeList && map.Places.Count > 0)
        {
            AppendList(html, map, options.PathBase);
        }

        html.Append("</figure>");
        return new HtmlString(html.ToString());
    }

    /// <summary>"Jurisdictions using Web Stings: 12 places, 10 on the map (2 have no location yet)."</summary>
    public static string Caption(UsMap map, UsMapOptions options)
    {
        var text = new StringBuilder(options.Caption.TrimEnd('.'));
        text.Append(": ").Append(Count(map.Total, "place"));
        if (map.IsCapped)
        {
            text.Append(CultureInfo.InvariantCulture, $"; the map shows the {map.Places.Count:N0} most populous");
        }

        var placed = map.Marks.Count;
        if (map.Unplaced.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {placed:N0} on the map, {Count(map.Unplaced.Count, "place")} without a location yet");
        }

        return text.Append('.').ToString();
    }

    /// <summary>
    /// The outlines the area marks use, once each and unpainted, so each <c>&lt;use&gt;</c> takes its colours from
    /// its layer. Ids carry the map's id, as a page can hold several maps.
    /// </summary>
    private static void AppendShapes(StringBuilder html, UsMap map, string mapId)
    {
        var shapes = map.Marks.Where(m => m.Shape is not null && m.Path is not null).DistinctBy(m => m.Shape).ToList();
        if (shapes.Count == 0)
        {
            return;
        }

        html.Append("<defs>");
        foreach (var mark in shapes)
        {
            html.Append($"<path id=\"{ShapeId(mapId, mark.Shape!)}\" d=\"{mark.Path}\"/>");
        }

        html.Append("</defs>");
    }

    private static string ShapeId(string mapId, string shape) => $"{mapId}-{Encode(shape)}";

    private static void AppendLayer(StringBuilder html, UsMap map, string kind, Func<MapMark, bool> include, string paint, string pathBase, string mapId)
    {
        var marks = map.Marks.Where(include).ToList();
        if (marks.Count == 0)
        {
            return;
        }

        html.Append($"<g class=\"us-map__layer us-map__layer--{kind}\" {paint}>");
        foreach (var mark in marks)
        {
            html.Append($"<a href=\"{Encode(pathBase)}/jurisdictions/{Encode(mark.Place.Slug)}\"><title>{Encode(mark.Label)}</title>");
            html.Append(mark switch
            {
                { Shape: { } shape } => $"<use href=\"#{ShapeId(mapId, shape)}\"/>",
                { Path: { } path } => $"<path d=\"{path}\"/>",
                // The profile's own place is a larger diamond: it differs in shape and size, not only colour.
                { Highlighted: true } => $"<path d=\"M{N(mark.X)} {N(mark.Y - 8)}l8 8-8 8-8-8z\"/>",
                _ => $"<circle cx=\"{N(mark.X)}\" cy=\"{N(mark.Y)}\" r=\"5\"/>",
            });
            html.Append("</a>");
        }

        html.Append("</g>");
    }

    private static void AppendLegend(StringBuilder html, UsMap map)
    {
        if (map.Marks.Count == 0)
        {
            return;
        }

        var kinds = map.Marks.Where(m => !m.Highlighted).Select(m => m.Kind).ToHashSet();
        html.Append("<ul class=\"us-map__legend\">");
        if (kinds.Contains(MapMarkKind.Point))
        {
            html.Append($"<li><svg viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\"><circle cx=\"8\" cy=\"8\" r=\"5\" fill=\"{PointFill}\"/></svg> Town or city (dot)</li>");
        }

        if (kinds.Contains(MapMarkKind.County))
        {
            html.Append($"<li><svg viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\"><rect x=\"1\" y=\"3\" width=\"14\" height=\"10\" fill=\"{CountyFill}\"/></svg> County (shaded area)</li>");
        }

        if (kinds.Contains(MapMarkKind.State))
        {
            html.Append($"<li><svg viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\"><rect x=\"2\" y=\"3\" width=\"12\" height=\"10\" fill=\"{StateFill}\" stroke=\"{PointFill}\" stroke-width=\"2\"/></svg> State (outlined)</li>");
        }

        if (map.Marks.FirstOrDefault(m => m.Highlighted) is { } here)
        {
            var shape = here.Kind == MapMarkKind.Point ? "diamond" : "red-brown area";
            html.Append($"<li><svg viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\"><path d=\"M8 1l7 7-7 7-7-7z\" fill=\"{HereFill}\"/></svg> This place ({shape})</li>");
        }

        html.Append("</ul>");
    }

    private static void AppendList(StringBuilder html, UsMap map, string pathBase)
    {
        html.Append($"<details class=\"us-map__list\"><summary>List of the {Count(map.Places.Count, "place")} on this map</summary><ul>");
        var unplaced = map.Unplaced.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var place in map.Places.OrderBy(p => p.StateCode, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            html.Append($"<li><a href=\"{Encode(pathBase)}/jurisdictions/{Encode(place.Slug)}\">{Encode(UsMap.Title(place))}</a>");
            if (place.Tactics.Count > 0)
            {
                html.Append($": {Encode(string.Join(", ", place.Tactics))}");
            }

            if (unplaced.Contains(place.Slug))
            {
                html.Append(" (no location yet)");
            }

            html.Append("</li>");
        }

        html.Append("</ul></details>");
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => Encoder.Encode(text);
}
