namespace DemandAtlas.Web.Importing.Writing;

/// <summary>
/// Writes a new jurisdiction's <see cref="JurisdictionRows"/> into one kind of store, inside the importer's open
/// transaction: <see cref="FastInsert"/> (SQLite's prepared statements, the bulk path) or <see cref="EntitySink"/>
/// (EF, any engine). Both write the same rows; a test compares the stores they fill row by row.
/// </summary>
internal interface IJurisdictionSink
{
    /// <summary>Partners the last <see cref="InsertAsync"/> created, to publish to the run's cache after commit.</summary>
    IReadOnlyList<(string Slug, int Id)> NewPartners { get; }

    /// <summary>
    /// Inserts the jurisdiction and everything under it with <see cref="JurisdictionRows.NewJurisdictionWarnings"/>,
    /// and points earlier profiles' neighbour mentions of it at it; returns its id.
    /// </summary>
    Task<int> InsertAsync(JurisdictionRows rows, DateTimeOffset now, CancellationToken cancellationToken);
}
