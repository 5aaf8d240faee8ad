using DemandAtlas.Tests.Importing;

namespace DemandAtlas.Tests.CommandLine;

public sealed class ExplainReportTests
{
    [Fact]
    public async Task Explaining_the_seed_shows_each_line_with_what_was_taken_by_which_rule_and_what_was_ignored_and_why()
    {
        using var runner = new VerbRunner();

        var (exit, output, _) = await runner.RunAsync("import", "--explain", Seeds.PathOf(Seeds.Westborough));

        Assert.Equal(0, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.EndsWith("Westborough, Massachusetts (westborough-ma)", lines[0], StringComparison.Ordinal);
        foreach (var slug in new[] { "buyer-arrests", "identity-disclosure", "reverse-stings", "web-stings" })
        {
            Assert.Contains(lines, l => l.StartsWith($"  {slug}: public (inferred); stated (line", StringComparison.Ordinal));
        }

        Assert.Contains(lines, l => l.StartsWith("Operations: 2017-01 (10 arrested) line 25; 2023-02 (4 arrested) line 27", StringComparison.Ordinal));
        Assert.Equal("took     title: Westborough, Massachusetts (westborough-ma)", After(lines, " 1  Westborough, MA").Trim());
        Assert.Contains(lines, l => l == "  web-stings: public (inferred); stated (line 27), named (line 42)");
        Assert.StartsWith("ignored  menu: \"Auto Seizure\": an item of the site's menu (the 15-tactic menu)", After(lines, " 5  Auto Seizure").Trim(), StringComparison.Ordinal);
        var line25 = Block(lines, "25  Consumer level demand");
        Assert.Contains(line25, l => l.Contains("took     narrative:reverse-stings: reverse-stings (stated)", StringComparison.Ordinal));
        Assert.Contains(line25, l => l.Contains("took     operations: operation 2017-01, 10 buyers arrested", StringComparison.Ordinal));
        Assert.Contains(Block(lines, "29  \"Those who claim"), l => l.Contains("ignored  narrative: a quotation", StringComparison.Ordinal));
        Assert.Contains(Block(lines, "50  Comments are closed."), l => l.Contains("ignored  boilerplate", StringComparison.Ordinal));
        // Explaining reads the catalog's names when there is no store yet, and creates none.
        Assert.False(File.Exists(runner.DatabasePath));
    }

    [Fact]
    public async Task Explaining_shows_a_reversed_claim_as_ignored_with_the_cue_and_a_missing_title_as_the_failure_reason()
    {
        using var runner = new VerbRunner();
        var reversed = runner.Write("r.txt", Profiles.Document(narrative: ["In 2019 police arrested nine men in a reverse sting, but their names were not released."]));
        var untitled = runner.Write("u.txt", "Tactics Used\n\nReverse Stings\n");

        var (exit, output, _) = await runner.RunAsync("import", "--explain", reversed);
        var (failedExit, failed, _) = await runner.RunAsync("import", "--explain", untitled);

        Assert.Equal(0, exit);
        Assert.Contains("ignored  cue:identity-disclosure: identity-disclosure reversed by \"names were not\"", output, StringComparison.Ordinal);
        Assert.Contains("[reversed-claim] line 3", output, StringComparison.Ordinal);
        Assert.Equal(1, failedExit);
        Assert.Contains("error line 1: no recognisable title", failed, StringComparison.Ordinal);
    }

    private static List<string> Block(List<string> lines, string start)
    {
        var index = lines.FindIndex(l => l.TrimStart().StartsWith(start, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starting with \"{start}\"");
        return [.. lines.Skip(index + 1).TakeWhile(l => l.StartsWith("      ", StringComparison.Ordinal))];
    }

    private static string After(List<string> lines, string start) => Block(lines, start.Trim()).First();
}
