using System.Text;

namespace DemandAtlas.Web.Infrastructure;

/// <summary>
/// RFC 4180 CSV for spreadsheets: CRLF rows, fields quoted when needed, and cells that a spreadsheet would
/// run as a formula (= + - @, tab, carriage return) prefixed with an apostrophe so they stay text.
/// </summary>
public static class Csv
{
    public static string Row(IEnumerable<string?> fields)
    {
        var line = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            line.Append(Field(field));
        }

        return line.Append("\r\n").ToString();
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
