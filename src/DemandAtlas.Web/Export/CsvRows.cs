using CsvHelper;
using DemandAtlas.Web.Infrastructure;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;

namespace DemandAtlas.Web.Export;

// Every CSV the app writes, column by column (README, "CSV columns"). A fact has one column name and one format in
// every file: a jurisdiction's own columns are one record, JurisdictionCsvColumns, that the list download and the
// export verb both start with. Lists are names joined by "; "; times are UTC to the second.

/// <summary>The columns that describe a jurisdiction, first in `/jurisdictions.csv` and in `export --format csv`.</summary>
[CsvRecord]
public sealed partial record JurisdictionCsvColumns(
    [property: CsvColumn("slug")] string Slug,
    [property: CsvColumn("name")] string Name,
    [property: CsvColumn("state")] string State,
    [property: CsvColumn("state_name")] string StateName,
    [property: CsvColumn("type")] string? Type,
    [property: CsvColumn("county")] string? County,
    [property: CsvColumn("population")] int? Population,
    [property: CsvColumn("tactics")] string Tactics,
    [property: CsvColumn("updated_at")] string UpdatedAt)
{
    public static JurisdictionCsvColumns From(JurisdictionRow r) => new(
        r.Slug, r.Name, r.StateCode, r.StateName, r.Type?.ToString(), r.County, r.Population,
        Csv.List(r.Tactics.Select(t => t.Name).Order(StringComparer.Ordinal)), Csv.Timestamp(r.UpdatedAt));

    public static JurisdictionCsvColumns From(JurisdictionDocument d) => new(
        d.Slug, d.Name, d.State.Code, d.State.Name, d.Type, d.County, d.Population,
        Csv.List(d.Tactics.Select(t => t.Name).Order(StringComparer.Ordinal)), Csv.Timestamp(d.UpdatedAt));
}

/// <summary>A row of `/jurisdictions.csv`: the jurisdiction and the address of its profile.</summary>
[CsvRecord]
public sealed partial record JurisdictionListCsvRow(
    [property: CsvColumn] JurisdictionCsvColumns Jurisdiction,
    [property: CsvColumn("url")] string Url);

/// <summary>A row of `export --format csv`: the jurisdiction with where it is and what it did.</summary>
[CsvRecord]
public sealed partial record JurisdictionExportCsvRow(
    [property: CsvColumn] JurisdictionCsvColumns Jurisdiction,
    [property: CsvColumn("latitude")] double? Latitude,
    [property: CsvColumn("longitude")] double? Longitude,
    [property: CsvColumn("operations")] int Operations,
    [property: CsvColumn("arrests")] int Arrests,
    [property: CsvColumn("partners")] string Partners,
    [property: CsvColumn("related_jurisdictions")] string RelatedJurisdictions,
    [property: CsvColumn("source_file")] string? SourceFile)
{
    public static JurisdictionExportCsvRow From(JurisdictionDocument d) => new(
        JurisdictionCsvColumns.From(d),
        d.Location?.Latitude,
        d.Location?.Longitude,
        d.Operations.Count,
        d.Operations.Sum(o => o.Arrests ?? 0),
        Csv.List(d.Partners.Select(p => p.Name)),
        Csv.List(d.RelatedJurisdictions.Select(r => r.Name)),
        d.SourceDocument?.File);
}

/// <summary>A row of `/operations.csv`.</summary>
[CsvRecord]
public sealed partial record OperationCsvRow(
    [property: CsvColumn("date")] string Date,
    [property: CsvColumn("year")] int Year,
    [property: CsvColumn("month")] int? Month,
    [property: CsvColumn("day")] int? Day,
    [property: CsvColumn("jurisdiction")] string Jurisdiction,
    [property: CsvColumn("jurisdiction_slug")] string JurisdictionSlug,
    [property: CsvColumn("state")] string State,
    [property: CsvColumn("arrests")] int? Arrests,
    [property: CsvColumn("tactics")] string Tactics,
    [property: CsvColumn("partners")] string Partners,
    [property: CsvColumn("summary")] string Summary)
{
    public static OperationCsvRow From(OperationRow r) => new(
        r.Date, r.Year, r.Month, r.Day, r.JurisdictionName, r.JurisdictionSlug, r.StateCode, r.Arrests,
        Csv.List(r.Tactics.Select(t => t.Name).Order(StringComparer.Ordinal)), Csv.List(r.Partners.Select(p => p.Name)), r.Summary);
}
