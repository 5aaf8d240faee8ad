using System.Globalization;
using System.Text;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;

namespace DemandAtlas.Web.Api;

/// <summary>
/// `/jurisdictions.csv` and `/operations.csv`: the list's filters, every matching row (no paging), streamed
/// from the database so a 30,000-row export never sits in memory.
/// </summary>
public static class CsvExports
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static IEndpointRouteBuilder MapCsvExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/jurisdictions.csv", JurisdictionsAsync).WithTags("Exports").WithSummary("Matching jurisdictions as CSV, one row each.");
        app.MapGet("/operations.csv", OperationsAsync).WithTags("Exports").WithSummary("Matching operations as CSV, one row each.");
        return app;
    }

    private static async Task<IResult> JurisdictionsAsync(HttpContext http, AtlasDb db, CancellationToken ct)
    {
        var parsed = JurisdictionFilter.Parse(JurisdictionFilterInput.From(http.Request.Query), await JurisdictionQueries.TacticLookupAsync(db, ct));
        if (parsed.Filter is null)
        {
            return TypedResults.ValidationProblem(parsed.Errors, title: "The filters could not be used.");
        }

        var rows = db.StreamAsync(parsed.Filter, ct);
        await WriteAsync(http, "jurisdictions.csv", ["slug", "name", "state", "state_name", "type", "county", "population", "tactics", "updated_at", "url"], rows, r =>
        [
            r.Slug, r.Name, r.StateCode, r.StateName, r.Type?.ToString(), r.County,
            r.Population?.ToString(CultureInfo.InvariantCulture),
            string.Join("; ", r.Tactics.Select(t => t.Name)),
            r.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            $"{http.Request.Scheme}://{http.Request.Host}/jurisdictions/{r.Slug}",
        ], ct);
        return Results.Empty;
    }

    private static async Task<IResult> OperationsAsync(HttpContext http, AtlasDb db, CancellationToken ct)
    {
        var (filter, errors) = OperationFilter.Parse(OperationFilterInput.FromQuery(http.Request.Query), await JurisdictionQueries.TacticLookupAsync(db, ct));
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The filters could not be used.");
        }

        var rows = OperationQueries.StreamAsync(db, filter, ct);
        await WriteAsync(http, "operations.csv", ["date", "year", "month", "day", "jurisdiction", "jurisdiction_slug", "state", "arrests", "tactics", "partners", "summary"], rows, r =>
        [
            r.Date, r.Year.ToString(CultureInfo.InvariantCulture), r.Month?.ToString(CultureInfo.InvariantCulture), r.Day?.ToString(CultureInfo.InvariantCulture),
            r.JurisdictionName, r.JurisdictionSlug, r.StateCode, r.Arrests?.ToString(CultureInfo.InvariantCulture),
            string.Join("; ", r.Tactics.Select(t => t.Name)), string.Join("; ", r.Partners.Select(p => p.Name)), r.Summary,
        ], ct);
        return Results.Empty;
    }

    private static async Task WriteAsync<T>(HttpContext http, string fileName, string[] header, IAsyncEnumerable<T> rows, Func<T, string?[]> fields, CancellationToken ct)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(http.Response.Body, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(Csv.Row(header));
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteAsync(Csv.Row(fields(row)));
        }

        await writer.FlushAsync(ct);
    }
}
