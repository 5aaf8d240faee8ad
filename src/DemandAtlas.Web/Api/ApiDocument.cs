using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DemandAtlas.Web.Api;

/// <summary>
/// What `/openapi/v1.json` says beyond what the endpoints declare: the document's description and contact, a server
/// address without a trailing slash, and a description of every query and route parameter. The list filters are bound
/// from the text-only inputs (JurisdictionFilterInput, OperationFilterInput), whose property comments the OpenAPI
/// generator does not carry over to [AsParameters] parameters bound under another name, so they are described here,
/// once, by name. Spectral's `spectral:oas` rules check the result (tests/DemandAtlas.Tests/Api/OpenApiTests.cs).
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
            var operations = operation.OperationId is "ListOperations" or "DownloadOperationsCsv";
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                parameter.Description ??= Describe(parameter.Name, operations);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>The meaning of a filter parameter; <paramref name="operations"/> for the operation lists, where tactics are the operation's own.</summary>
    public static string? Describe(string? parameter, bool operations) => parameter switch
    {
        "tactic" when operations => "A tactic slug such as `reverse-stings`: operations that used it. Repeat the parameter for several tactics (see `match`).",
        "tactic" => "A tactic slug such as `web-stings` (see /api/tactics). Repeat the parameter for several tactics (see `match`).",
        "match" => "`all` (the default): only what has every tactic given; `any`: what has at least one of them.",
        "evidence" => "`stated`: only tactics a sentence of the profile (or an editor) states, not ones only named in a source heading or listed; `any` (the default): any evidence.",
        "state" => "A two-letter USPS state code such as `ma`, in either case.",
        "type" => "The kind of jurisdiction: City, County, State, Town, Village, Borough, Township or Region.",
        "minPop" => "The smallest population to include (a whole number; jurisdictions without a population are left out).",
        "maxPop" => "The largest population to include (a whole number, not below `minPop`).",
        "q" => "Text to look for in a jurisdiction's name, its county or the name of a partner agency (up to 100 characters).",
        "sort" => "The order: `name` (the default), `-name`, `population`, `-population`, `updated` or `-updated`; a leading minus reverses it.",
        "page" => "The page to return, from 1 (the default).",
        "pageSize" => "Items per page, from 1 to 100 (the default is 25).",
        "from" => "The first year of operations to include, such as 2015.",
        "to" => "The last year of operations to include, not before `from`.",
        "slug" => "The jurisdiction's slug, as in its profile's address: `westborough-ma` for /jurisdictions/westborough-ma.",
        _ => null,
    };
}
