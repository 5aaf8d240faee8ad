namespace DemandAtlas.Web.Geo;

/// <summary>The model of the _UsMap partial: a map and how the page wants it shown.</summary>
public sealed record UsMapView(UsMap Map, UsMapOptions Options);
