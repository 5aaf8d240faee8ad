using DemandAtlas.Web.Data;
using DemandAtlas.Web.Export;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DemandAtlas.Web.Api;

/// <summary>
/// `/jurisdictions.csv` and `/operations.csv`: the list's filters, every matching row (no paging), streamed
/// from the database so a 30,000-row export never sits in memory. Columns: <see cref="JurisdictionListCsvRow"/>,
/// <see cref="OperationCsvRow"/>.
/// </summary>
public static class CsvExports
{
    public static IEndpointRouteBuilder MapCsvExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/jurisdictions.csv", JurisdictionsAsync)
            .WithTags("Exports")
            .WithName("DownloadJurisdictionsCsv")
            .WithSummary("Matching jurisdictions as CSV, one row each.")
            .WithDescription("Every public jurisdiction that matches the filters, without paging, as a UTF-8 CSV file for spreadsheets (RFC 4180, with a byte order mark). Columns: slug, name, state, state_name, type, county, population, tactics, updated_at, url. Cells that start like a formula are written with a leading apostrophe.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithFilterParameters(JurisdictionFilterFields.All);
        app.MapGet("/operations.csv", OperationsAsync)
            .WithTags("Exports")
            .WithName("DownloadOperationsCsv")
            .WithSummary("Matching operations as CSV, one row each.")
            .WithDescription("Every public operation that matches the filters, newest first, without paging, as a UTF-8 CSV file for spreadsheets. Columns: date, year, month, day, jurisdiction, jurisdiction_slug, state, arrests, tactics, partners, summary.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithFilterParameters(OperationFilterFields.All);
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> JurisdictionsAsync(
        HttpContext http, AtlasDb db, CancellationToken ct)
    {
        var parsed = JurisdictionFilter.Parse(http.Request.Query, await JurisdictionQueries.TacticLookupAsync(db, ct));
        if (parsed.Filter is null)
        {
            return TypedResults.ValidationProblem(parsed.Errors, title: "The filters could not be used.");
        }

        var profiles = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/jurisdictions/";
        var rows = db.StreamAsync(parsed.Filter, ct).Select(r => new JurisdictionListCsvRow(JurisdictionCsvColumns.From(r), profiles + r.Slug));
        await WriteAsync(http, "jurisdictions.csv", rows, ct);
        return TypedResults.Empty;
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> OperationsAsync(
        HttpContext http, AtlasDb db, CancellationToken ct)
    {
        var (filter, errors) = OperationFilter.Parse(http.Request.Query, await JurisdictionQueries.TacticLookupAsync(db, ct));
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The filters could not be used.");
        }

        await WriteAsync(http, "operations.csv", OperationQueries.StreamAsync(db, filter, ct).Select(OperationCsvRow.From), ct);
        return TypedResults.Empty;
    }

    private static Task WriteAsync<T>(HttpContext http, string fileName, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return Csv.WriteAsync(http.Response.Body, rows, byteOrderMark: true, ct);
    }
}
