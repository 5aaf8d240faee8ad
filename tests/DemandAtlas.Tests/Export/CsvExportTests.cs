using DemandAtlas.Web.Export;

namespace DemandAtlas.Tests.Export;

public sealed class CsvExportTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("plain", "plain")]
    [InlineData("Smith, John", "\"Smith, John\"")]
    [InlineData("the \"stroll\"", "\"the \"\"stroll\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Fields_with_commas_quotes_or_newlines_are_quoted(string? value, string expected)
    {
        Assert.Equal(expected, CsvExport.Quote(value));
    }
}
