namespace DemandAtlas.Web.Pages.States;

public sealed record StateCount(string Code, string Name, int Jurisdictions);

public sealed record StateTacticCount(string Slug, string Name, int Jurisdictions);
