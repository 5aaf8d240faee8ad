namespace DemandAtlas.Web.Pages.Tactics;

/// <summary>
/// A tactic with its reach. Counts include confidential claims and operations (they are real and public
/// totals must not shrink to hide them) but exclude rejected and pending claims and unpublished or deleted places.
/// </summary>
public sealed record TacticSummary(int Id, string Slug, string Name, string Description, string? NationalContext, int Jurisdictions, int Operations);
