namespace DemandAtlas.Web.Domain;

/// <summary>A dated enforcement operation described in a profile.</summary>
public sealed class Operation
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public int Year { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
    public int? Arrests { get; set; }
    public required string Summary { get; set; }
    public int? Line { get; set; }
    public bool IsConfidential { get; set; }
    public List<OperationTactic> Tactics { get; set; } = [];
    public List<OperationPartner> Partners { get; set; } = [];

    /// <summary>ISO-style partial date: 2017, 2017-01 or 2017-01-05.</summary>
    public string DateText => OperationDate.Format(Year, Month, Day);
}

public sealed class OperationTactic
{
    public int OperationId { get; set; }
    public Operation Operation { get; set; } = null!;
    public int TacticId { get; set; }
    public Tactic Tactic { get; set; } = null!;
}

public sealed class OperationPartner
{
    public int OperationId { get; set; }
    public Operation Operation { get; set; } = null!;
    public int PartnerId { get; set; }
    public Partner Partner { get; set; } = null!;
}

public static class OperationDate
{
    public static string Format(int year, int? month, int? day) =>
        (month, day) switch
        {
            (null, _) => $"{year:0000}",
            (int m, null) => $"{year:0000}-{m:00}",
            (int m, int d) => $"{year:0000}-{m:00}-{d:00}",
        };
}
