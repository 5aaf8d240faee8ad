namespace DemandAtlas.Tests.Domain;

/// <summary>
/// Every public route pattern the app maps, with the addresses the visibility test visits for it: each slug and code
/// of the seeded directory (hidden ones too, which must answer 404 without naming them), and the lists with filters.
/// A route the app maps and this table lacks fails <c>Every_public_route_is_in_the_visibility_table</c>.
/// </summary>
internal static class PublicRoutes
{
    public static readonly IReadOnlyDictionary<string, Func<HiddenDirectory, IEnumerable<string>>> Table =
        new Dictionary<string, Func<HiddenDirectory, IEnumerable<string>>>(StringComparer.Ordinal)
        {
            [""] = _ => ["/"],
            ["Index"] = _ => ["/Index"],
            ["jurisdictions"] = d => Lists("/jurisdictions", d),
            ["jurisdictions/{slug}"] = d => Slugs(d).Select(s => $"/jurisdictions/{s}"),
            ["tactics"] = _ => ["/tactics"],
            ["tactics/{slug}"] = d => d.TacticSlugs.SelectMany(s => new[] { $"/tactics/{s}", $"/tactics/{s}?state=MA", $"/tactics/{s}?state={HiddenDirectory.HiddenState}" }),
            ["partners/{slug}"] = d => d.PartnerSlugs.Select(s => $"/partners/{s}"),
            ["states"] = _ => ["/states"],
            ["states/{code}"] = _ => ["/states/ma", "/states/ny", $"/states/{HiddenDirectory.HiddenState.ToLowerInvariant()}"],
            ["api"] = _ => ["/api"],
            ["api/jurisdictions"] = d => Lists("/api/jurisdictions", d),
            ["api/jurisdictions/{slug}"] = d => Slugs(d).Select(s => $"/api/jurisdictions/{s}"),
            ["api/tactics"] = _ => ["/api/tactics"],
            ["api/operations"] = d => OperationLists("/api/operations", d),
            ["jurisdictions.csv"] = d => Lists("/jurisdictions.csv", d),
            ["operations.csv"] = d => OperationLists("/operations.csv", d),
            ["openapi/{documentName}.json"] = _ => ["/openapi/v1.json"],
            ["health"] = _ => ["/health"],
            ["error/{code:int?}"] = _ => ["/error", "/error/404", "/error/500"],
        };

    /// <summary>Routes for staff and their sign-in: not public, and covered by the admin tests.</summary>
    public static bool IsStaffOnly(string pattern) =>
        pattern.StartsWith("admin", StringComparison.OrdinalIgnoreCase) || pattern.StartsWith("account", StringComparison.OrdinalIgnoreCase);

    /// <summary>A route pattern as the table writes it: no leading slash.</summary>
    public static string Normalize(string pattern) => pattern.TrimStart('/');

    private static IEnumerable<string> Slugs(HiddenDirectory d) => d.PublicSlugs.Concat(d.HiddenSlugs);

    private static IEnumerable<string> Lists(string path, HiddenDirectory d) =>
        Filters(d).Select(query => path + query);

    private static IEnumerable<string> OperationLists(string path, HiddenDirectory d) =>
        Filters(d).Concat([$"?from={HiddenDirectory.HiddenYear}&to={HiddenDirectory.HiddenYear}", "?from=2021", "?to=2022"]).Select(query => path + query);

    private static IEnumerable<string> Filters(HiddenDirectory d) =>
    [
        "",
        .. d.TacticSlugs.Select(s => $"?tactic={s}"),
        .. d.TacticSlugs.Select(s => $"?tactic={s}&evidence=stated"),
        $"?tactic=reverse-stings&tactic={string.Join("&tactic=", d.HiddenTacticsOfOpen.Keys)}&match=any",
        "?state=MA", "?state=NY", $"?state={HiddenDirectory.HiddenState}",
        "?type=City", "?type=Town", "?type=County",
        // The hidden names by their start only: a list echoes its own `q`, which must not count as showing them.
        $"?q={Uri.EscapeDataString(d.OpenName)}", "?q=zqdraft", "?q=zqdeleted", "?q=zqdraftpartner", "?q=Quiet%20Task%20Force",
        "?minPop=1", "?sort=-population", "?sort=-updated", "?pageSize=100",
    ];
}
