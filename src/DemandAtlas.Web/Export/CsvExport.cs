using DemandAtlas.Web.Data;
using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.Web.Export;

/// <summary>`export --format csv`: one row per public jurisdiction (<see cref="JurisdictionExportCsvRow"/>), streamed.</summary>
public static class CsvExport
{
    public static Task WriteAsync(AtlasDb db, Stream stream, CancellationToken cancellationToken) =>
        Csv.WriteAsync(stream, JurisdictionDocuments.LoadAllAsync(db, cancellationToken).Select(JurisdictionExportCsvRow.From), byteOrderMark: false, cancellationToken);
}
