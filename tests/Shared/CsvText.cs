using System.Text;
using CsvHelper;

namespace DemandAtlas.Testing;

/// <summary>
/// Reads the CSV the tests get back (downloads, the export verb's output) with CsvHelper, strictly: a quoting error
/// or a record with a different number of fields than the header throws, so a broken file cannot pass as data.
/// </summary>
public static class CsvText
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = false,
        SkipEmptyLines = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    /// <summary>Every record, the header first, each as its fields (unquoted). A UTF-8 byte order mark is skipped.</summary>
    public static List<string[]> Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, Options);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Current.ToArray());
        }

        return rows;
    }

    public static List<string[]> Read(string text) => Read(Encoding.UTF8.GetBytes(text));
}
