using System.Text.Json;
using DemandAtlas.Tests.Importing;

namespace DemandAtlas.Tests.CommandLine;

public sealed class ImportVerbTests
{
    [Fact]
    public async Task Import_json_prints_exactly_one_object_with_documents_and_a_summary_and_exits_zero()
    {
        using var runner = new VerbRunner();

        var (exit, output, _) = await runner.RunAsync("import", Seeds.PathOf(Seeds.Westborough), "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["documents", "summary"], root.EnumerateObject().Select(p => p.Name));
        var document = Assert.Single(root.GetProperty("documents").EnumerateArray().ToList());
        Assert.Equal(["file", "status", "jurisdiction", "warnings", "errors"], document.EnumerateObject().Select(p => p.Name));
        Assert.Equal("created", document.GetProperty("status").GetString());
        Assert.Equal("westborough-ma", document.GetProperty("jurisdiction").GetString());
        Assert.Contains(document.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "menu-tactics-block" && w.GetProperty("line").GetInt32() == 5);
        Assert.Equal(1, root.GetProperty("summary").GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task Import_reports_each_document_with_file_line_and_reason_and_exits_one_when_any_failed()
    {
        using var runner = new VerbRunner();
        var good = runner.Write("good.txt", Profiles.Document(title: "Goodtown, ME", metadata: ["State Maine"]));
        var bad = runner.Write("bad.txt", "");

        var (exit, output, _) = await runner.RunAsync("import", good, bad);

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("created", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("failed", StringComparison.Ordinal) && l.Contains("bad.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Trim() == $"{bad}:1: error: file is empty");
        Assert.StartsWith("2 documents: 1 created, 0 updated, 0 unchanged, 0 skipped, 1 failed", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_a_folder_twice_reports_unchanged_the_second_time()
    {
        using var runner = new VerbRunner();
        runner.Write("one.txt", Profiles.Document(title: "Onetown, ME", metadata: ["State Maine"]));

        await runner.RunAsync("import", runner.Folder);
        var (exit, output, _) = await runner.RunAsync("import", runner.Folder);

        Assert.Equal(0, exit);
        Assert.StartsWith("unchanged", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "--frobnicate", "x")]
    [InlineData("import", "/definitely/not/here.txt")]
    public async Task Bad_usage_exits_two_with_a_usage_line(params string[] args)
    {
        using var runner = new VerbRunner();

        var (exit, _, error) = await runner.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage: import", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_reports_created_but_saves_nothing()
    {
        using var runner = new VerbRunner();

        var (exit, output, _) = await runner.RunAsync("import", Seeds.PathOf(Seeds.Westborough), "--dry-run");
        var (_, export, _) = await runner.RunAsync("export");

        Assert.Equal(0, exit);
        Assert.Contains("dry run", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(export);
        Assert.Equal(0, json.RootElement.GetProperty("jurisdictions").GetArrayLength());
    }
}
