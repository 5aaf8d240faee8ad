using System.Globalization;
using System.Text;
using DemandAtlas.Web.Data;

namespace DemandAtlas.Web.Export;

/// <summary>One row per public jurisdiction; list columns are `;`-joined slugs; RFC 4180 quoting.</summary>
public static class CsvExport
{
    public static readonly string[] Header =
    [
        "slug", "name", "state_code", "state_name", "type", "county", "population", "latitude", "longitude",
        "tactics", "operations", "arrests", "partners", "related_jurisdictions", "source_file", "updated_at",
    ];

    public static async Task WriteAsync(AtlasDb db, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', Header));
        await foreach (var d in JurisdictionDocuments.LoadAllAsync(db, cancellationToken))
        {
            string?[] row =
            [
                d.Slug, d.Name, d.State.Code, d.State.Name, d.Type, d.County,
                d.Population?.ToString(CultureInfo.InvariantCulture),
                d.Location?.Latitude.ToString(CultureInfo.InvariantCulture),
                d.Location?.Longitude.ToString(CultureInfo.InvariantCulture),
                string.Join(';', d.Tactics.Select(t => t.Slug)),
                d.Operations.Count.ToString(CultureInfo.InvariantCulture),
                d.Operations.Sum(o => o.Arrests ?? 0).ToString(CultureInfo.InvariantCulture),
                string.Join(';', d.Partners.Select(p => p.Slug)),
                string.Join(';', d.RelatedJurisdictions.Select(r => r.Name)),
                d.SourceDocument?.File,
                d.UpdatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ];
            await writer.WriteLineAsync(string.Join(',', row.Select(Quote)));
        }
    }

    public static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
