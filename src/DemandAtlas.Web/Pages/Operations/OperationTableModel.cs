namespace DemandAtlas.Web.Pages.Operations;

/// <summary>Rows for the `_OperationTable` partial; ShowPlace adds the jurisdiction column.</summary>
public sealed record OperationTableModel(IReadOnlyList<OperationRow> Rows, bool ShowPlace, string Caption);
