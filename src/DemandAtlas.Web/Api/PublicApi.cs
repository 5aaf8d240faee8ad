using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Export;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DemandAtlas.Web.Api;

/// <summary>The read-only JSON API. It shares its filters and queries with the pages, so both always agree.</summary>
public static class PublicApi
{
    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Directory");
        api.MapGet("/jurisdictions", ListJurisdictionsAsync)
            .WithName("ListJurisdictions")
            .WithSummary("Public jurisdictions matching the filters, one page at a time.")
            .WithDescription("The jurisdiction list of the site as data: each item has the slug, name, state, type, county, population, public tactics and when it was last updated. The answer is { total, page, pageSize, items }; the filters are those of /jurisdictions.")
            .WithFilterParameters(JurisdictionFilterFields.All);
        api.MapGet("/jurisdictions/{slug}", JurisdictionAsync)
            .WithName("GetJurisdiction")
            .WithSummary("One jurisdiction in exactly the shape the export verb writes.")
            .Produces<JurisdictionDocument>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("A public jurisdiction with its tactics and the evidence for each, its operations, partners, sources, related jurisdictions and source document. A slug that is not a published jurisdiction is a 404 problem.");
        api.MapGet("/tactics", TacticsAsync)
            .WithName("ListTactics")
            .WithSummary("The 15 tactics with how many jurisdictions and operations use each.")
            .WithDescription("Every tactic in the directory's catalogue: its slug (for the tactic filter), name, description and national context, how many public jurisdictions use it and how many operations used it (confidential ones counted, never named), and the address of its page.");
        api.MapGet("/operations", ListOperationsAsync)
            .WithName("ListOperations")
            .WithSummary("Public operations, newest first, filtered by tactic, place and year range.")
            .WithDescription("Dated operations (stings, arrests, letters) with their jurisdiction, arrests, tactics, partners and summary. The place filters are those of /jurisdictions, the tactic filter applies to the operation itself, and from/to bound the year. The answer is { total, page, pageSize, items }.")
            .WithFilterParameters(OperationFilterFields.All);
        return app;
    }

    private static async Task<Results<Ok<ApiPage<ApiJurisdictionItem>>, ValidationProblem>> ListJurisdictionsAsync(
        HttpRequest request, DirectoryIndexService directory, CancellationToken ct)
    {
        var index = await directory.GetAsync(ct);
        var parsed = JurisdictionFilter.Parse(request.Query, index.TacticsBySlug);
        if (parsed.Filter is null)
        {
            return TypedResults.ValidationProblem(parsed.Errors, title: "The filters could not be used.");
        }

        var page = index.Page(parsed.Filter);
        return TypedResults.Ok(new ApiPage<ApiJurisdictionItem>(page.Total, page.Page, page.PageSize, [.. page.Items.Select(ApiJurisdictionItem.From)]));
    }

    private static async Task<Results<JsonHttpResult<JurisdictionDocument>, ProblemHttpResult>> JurisdictionAsync(string slug, AtlasDb db, CancellationToken ct)
    {
        var document = await JurisdictionDocuments.LoadAsync(db, slug, ct);
        return document is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no public jurisdiction with this slug.")
            // The export verb's own serializer options, so API and export files are byte-for-byte the same shape.
            : TypedResults.Json(document, JurisdictionDocument.JsonOptions);
    }

    private static async Task<Ok<IReadOnlyList<ApiTactic>>> TacticsAsync(DirectoryIndexService directory, CancellationToken ct)
    {
        var tactics = (await directory.GetAsync(ct)).TacticSummaries;
        return TypedResults.Ok<IReadOnlyList<ApiTactic>>(
            [.. tactics.Select(t => new ApiTactic(t.Slug, t.Name, t.Description, t.NationalContext, t.Jurisdictions, t.Operations, $"/tactics/{t.Slug}"))]);
    }

    private static async Task<Results<Ok<ApiPage<ApiOperation>>, ValidationProblem>> ListOperationsAsync(
        HttpRequest request, AtlasDb db, DirectoryIndexService directory, CancellationToken ct)
    {
        var (filter, errors) = OperationFilter.Parse(request.Query, (await directory.GetAsync(ct)).TacticsBySlug);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The filters could not be used.");
        }

        var page = await OperationQueries.PageAsync(db, filter, ct);
        return TypedResults.Ok(new ApiPage<ApiOperation>(page.Total, page.Page, page.PageSize, [.. page.Items.Select(ApiOperation.From)]));
    }
}
