using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;

namespace DemandAtlas.Web.Api;

/// <summary>One page of a list: how many match in all, which page this is, and its items.</summary>
public sealed record ApiPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);

public sealed record ApiState(string Code, string Name);

public sealed record ApiTacticRef(string Slug, string Name);

public sealed record ApiJurisdictionItem(
    string Slug,
    string Name,
    ApiState State,
    JurisdictionType? Type,
    string? County,
    int? Population,
    IReadOnlyList<ApiTacticRef> Tactics,
    DateTimeOffset UpdatedAt,
    string Url)
{
    public static ApiJurisdictionItem From(JurisdictionRow row) => new(
        row.Slug,
        row.Name,
        new ApiState(row.StateCode, row.StateName),
        row.Type,
        row.County,
        row.Population,
        [.. row.Tactics.Select(t => new ApiTacticRef(t.Slug, t.Name))],
        row.UpdatedAt,
        $"/jurisdictions/{row.Slug}");
}

/// <summary>A tactic with how many public jurisdictions use it and how many operations used it (confidential ones counted).</summary>
public sealed record ApiTactic(string Slug, string Name, string Description, string? NationalContext, int Jurisdictions, int Operations, string Url);

public sealed record ApiOperation(
    string Date,
    int Year,
    int? Month,
    int? Day,
    int? Arrests,
    string Summary,
    ApiJurisdictionRef Jurisdiction,
    IReadOnlyList<string> Tactics,
    IReadOnlyList<string> Partners)
{
    public static ApiOperation From(OperationRow row) => new(
        row.Date,
        row.Year,
        row.Month,
        row.Day,
        row.Arrests,
        row.Summary,
        new ApiJurisdictionRef(row.JurisdictionSlug, row.JurisdictionName, row.StateCode),
        [.. row.Tactics.Select(t => t.Slug)],
        [.. row.Partners.Select(p => p.Slug)]);
}

public sealed record ApiJurisdictionRef(string Slug, string Name, string StateCode);
