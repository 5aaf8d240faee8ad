using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Geo;

/// <summary>A jurisdiction the map cannot place by a point yet, for the staff dashboard.</summary>
public sealed record UnplacedJurisdiction(int Id, string Slug, string Name, string StateCode, JurisdictionType? Type);

public static class CoordinateQueries
{
    /// <summary>Jurisdictions with no coordinates (neither the document nor the gazetteer knew them, and no editor set them), by state and name.</summary>
    public static async Task<IReadOnlyList<UnplacedJurisdiction>> WithoutCoordinatesAsync(this IQueryable<Jurisdiction> jurisdictions, CancellationToken ct, int limit = 500) =>
        await jurisdictions.AsNoTracking()
            .Where(j => j.Latitude == null || j.Longitude == null)
            .OrderBy(j => j.StateCode).ThenBy(j => j.Name)
            .Take(limit)
            .Select(j => new UnplacedJurisdiction(j.Id, j.Slug, j.Name, j.StateCode, j.Type))
            .ToListAsync(ct);
}
