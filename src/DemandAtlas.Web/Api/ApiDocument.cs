using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DemandAtlas.Web.Api;

/// <summary>
/// What `/openapi/v1.json` says beyond what the endpoints declare: the document's description and contact, a server
/// address without a trailing slash, and a description of the route parameters. The list filters' query parameters
/// come from their fields (<see cref="FilterParameters.WithFilterParameters"/>). Spectral's `spectral:oas` rules check the result (tests/DemandAtlas.Tests/Api/OpenApiTests.cs).
/// </summary>
public static class ApiDocument
{
    public const string Description =
        "The public DemandAtlas directory as JSON and CSV: which US cities, counties and states have used which tactics "
        + "against the buyers of commercial sex, the evidence for each, their operations and partners. Read-only, no key "
        + "needed. Only published jurisdictions and public claims and operations are served. List filters are the same as "
        + "the site's pages; an invalid value is a 400 problem that names the parameter.";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DemandAtlas API";
            document.Info.Description = Description;
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            var site = document.Servers?.FirstOrDefault()?.Url;
            document.Info.Contact = new OpenApiContact
            {
                Name = "DemandAtlas",
                Url = site is null ? null : new Uri($"{site}/api"),
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                parameter.Description ??= Describe(parameter.Name);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>The meaning of a route parameter; the filters' query parameters describe themselves (<see cref="FilterParameters"/>).</summary>
    public static string? Describe(string? parameter) => parameter switch
    {
        "slug" => "The jurisdiction's slug, as in its profile's address: `westborough-ma` for /jurisdictions/westborough-ma.",
        _ => null,
    };
}
