namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>What the filter form shows: the current filter, where it submits, and whether tactics are choosable.</summary>
public sealed record FilterFormModel(JurisdictionFilter Filter, string Action, IReadOnlyList<TacticRef> Tactics, bool ShowState = true);
