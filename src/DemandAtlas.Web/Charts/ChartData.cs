namespace DemandAtlas.Web.Charts;

/// <summary>Operations that year and the arrests they reported (operations without a number add none).</summary>
public sealed record YearTotal(int Year, int Operations, int Arrests);

/// <summary>Operations and arrests in one state.</summary>
public sealed record StateTotal(string StateCode, string StateName, int Operations, int Arrests);

public sealed record ChartTactic(string Slug, string Name);

/// <summary>How many jurisdictions in the set use a tactic.</summary>
public sealed record TacticCount(ChartTactic Tactic, int Jurisdictions);

/// <summary>
/// How many jurisdictions use both tactics of each pair; the diagonal is how many use the tactic at all.
/// Only tactics used at least once in the set are included, in catalogue order.
/// </summary>
public sealed record CoOccurrence(IReadOnlyList<ChartTactic> Tactics, int[][] Counts)
{
    public int Both(string slugA, string slugB)
    {
        var a = Index(slugA);
        var b = Index(slugB);
        return a < 0 || b < 0 ? 0 : Counts[a][b];
    }

    private int Index(string slug)
    {
        for (var i = 0; i < Tactics.Count; i++)
        {
            if (Tactics[i].Slug == slug)
            {
                return i;
            }
        }

        return -1;
    }
}
