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
            .WithSummary("Public jurisdictions matching the filters, one page at a time.");
        api.MapGet("/jurisdictions/{slug}", JurisdictionAsync)
            .WithName("GetJurisdiction")
            .WithSummary("One jurisdiction in exactly the shape the export verb writes.");
        api.MapGet("/tactics", TacticsAsync)
            .WithName("ListTactics")
            .WithSummary("The 15 tactics with how many jurisdictions and operations use each.");
        api.MapGet("/operations", ListOperationsAsync)
            .WithName("ListOperations")
            .WithSummary("Public operations, newest first, filtered by tactic, place and year range.");
        return app;
    }

    private static async Task<Results<Ok<ApiPage<ApiJurisdictionItem>>, ValidationProblem>> ListJurisdictionsAsync(
        [AsParameters] JurisdictionFilterInput input, DirectoryIndexService directory, CancellationToken ct)
    {
        var index = await directory.GetAsync(ct);
        var parsed = JurisdictionFilter.Parse(input, index.TacticsBySlug);
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
        [AsParameters] OperationFilterInput input, AtlasDb db, DirectoryIndexService directory, CancellationToken ct)
    {
        var (filter, errors) = OperationFilter.Parse(input, (await directory.GetAsync(ct)).TacticsBySlug);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The filters could not be used.");
        }

        var page = await OperationQueries.PageAsync(db, filter, ct);
        return TypedResults.Ok(new ApiPage<ApiOperation>(page.Total, page.Page, page.PageSize, [.. page.Items.Select(ApiOperation.From)]));
    }
}
