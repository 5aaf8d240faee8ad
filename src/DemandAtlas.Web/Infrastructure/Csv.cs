using System.Globalization;
using CsvHelper;

namespace DemandAtlas.Web.Infrastructure;

/// <summary>
/// The one way the app writes CSV (the site's downloads and the export verb), on CsvHelper: RFC 4180 with CRLF rows,
/// fields quoted when they need it, and every text cell that a spreadsheet would run as a formula (one that starts
/// with = + - @, a tab or a carriage return) written with a leading apostrophe, and quoted, so it opens as text.
/// Numbers are not text and stay numbers (-5 is not a formula). Rows are written as they arrive and flushed whenever
/// the 64 KB buffer fills, so a 30,000-row file never sits in memory.
/// </summary>
public static class Csv
{
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        InjectionEscape = '\'',
    };

    /// <summary>The header of <typeparamref name="T"/> (a [CsvRecord] row), then one record per row.</summary>
    /// <param name="byteOrderMark">For files a spreadsheet opens straight from a download: Excel needs the mark to read UTF-8.</param>
    public static async Task WriteAsync<T>(Stream stream, IAsyncEnumerable<T> rows, bool byteOrderMark, CancellationToken ct)
    {
        await using var writer = CsvWriter.Create(stream, Options with { WriteByteOrderMark = byteOrderMark }, leaveOpen: true);
        await writer.WriteRecordsAsync(rows, ct);
    }

    /// <summary>A moment as every CSV column writes it: UTC, to the second ("2024-05-01T13:02:09Z").</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A list cell: the names joined by "; ".</summary>
    public static string List(IEnumerable<string> names) => string.Join("; ", names);
}
