using System.Text;
using DemandAtlas.Testing;
using DemandAtlas.Web.Export;

namespace DemandAtlas.Tests.Infrastructure;

public sealed class CsvTests
{
    private static async Task<string> WriteAsync(bool byteOrderMark, params OperationCsvRow[] rows)
    {
        using var stream = new MemoryStream();
        await Csv.WriteAsync(stream, rows.ToAsyncEnumerable(), byteOrderMark, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static OperationCsvRow Row(string summary, string jurisdiction = "Testford", int? arrests = 3) =>
        new("2020-05", 2020, 5, null, jurisdiction, "testford-vt", "VT", arrests, "Reverse Stings; Web Stings", "", summary);

    [Fact]
    public async Task The_header_comes_from_the_row_type_and_every_row_ends_with_crlf()
    {
        var text = await WriteAsync(false, Row("Ten men were arrested."));

        Assert.Equal(
            "date,year,month,day,jurisdiction,jurisdiction_slug,state,arrests,tactics,partners,summary\r\n"
            + "2020-05,2020,5,,Testford,testford-vt,VT,3,Reverse Stings; Web Stings,,Ten men were arrested.\r\n",
            text);
    }

    [Fact]
    public async Task An_empty_result_is_still_a_header()
    {
        var text = await WriteAsync(false);

        Assert.Equal("date,year,month,day,jurisdiction,jurisdiction_slug,state,arrests,tactics,partners,summary\r\n", text);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public async Task Fields_are_quoted_per_rfc_4180(string value, string expected)
    {
        var text = await WriteAsync(false, Row(value));

        Assert.EndsWith("," + expected + "\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=SUM(A1)", "\"'=SUM(A1)\"")]
    [InlineData("+1 555 0100", "\"'+1 555 0100\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@cmd", "\"'@cmd\"")]
    [InlineData("\tindented", "\"'\tindented\"")]
    [InlineData("\rreturn", "\"'\rreturn\"")]
    [InlineData("=HYPERLINK(\"http://evil.example/x\",\"click\"), TX", "\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\"), TX\"")]
    public async Task Text_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string value, string expected)
    {
        var text = await WriteAsync(false, Row(value, jurisdiction: value));

        var row = text.Split("\r\n", 2)[1];
        Assert.StartsWith("2020-05,2020,5,," + expected + ",", row, StringComparison.Ordinal);
        Assert.EndsWith("," + expected + "\r\n", row, StringComparison.Ordinal);
        Assert.Equal(value, CsvText.Read(text)[1][^1][1..]);
    }

    [Fact]
    public async Task Numbers_are_not_text_and_keep_their_sign()
    {
        var text = await WriteAsync(false, Row("Counted again.", arrests: -2));

        Assert.Contains(",VT,-2,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_starts_with_a_byte_order_mark_so_spreadsheets_read_utf_8()
    {
        using var stream = new MemoryStream();
        await Csv.WriteAsync(stream, new[] { Row("Zoë's café.") }.ToAsyncEnumerable(), byteOrderMark: true, CancellationToken.None);

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Zoë's café.", CsvText.Read(bytes)[1][^1]);
    }

    [Fact]
    public void Times_are_utc_to_the_second() =>
        Assert.Equal("2024-05-01T11:02:09Z", Csv.Timestamp(new DateTimeOffset(2024, 5, 1, 13, 2, 9, 500, TimeSpan.FromHours(2))));
}
