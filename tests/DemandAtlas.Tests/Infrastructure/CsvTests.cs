namespace DemandAtlas.Tests.Infrastructure;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_per_rfc_4180_and_formula_starts_are_neutralised(string value, string expected) =>
        Assert.Equal(expected, Csv.Field(value));

    [Fact]
    public void Rows_end_with_crlf() => Assert.Equal("a,,\"b,c\"\r\n", Csv.Row(["a", null, "b,c"]));
}
