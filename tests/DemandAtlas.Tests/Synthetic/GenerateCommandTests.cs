using DemandAtlas.Synthetic;
using DemandAtlas.Web.CommandLine;

namespace DemandAtlas.Tests.Synthetic;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"demandatlas-synthetic-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_tool_writes_numbered_documents_matching_the_generator_and_replaces_a_previous_run()
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "synthetic-00099.txt"), "stale");
        await File.WriteAllTextAsync(Path.Combine(folder, "keep-me.txt"), "not ours");

        var exit = await GenerateCommand.RunAsync(["--count", "12", "--out", folder, "--seed", "5"]);

        Assert.Equal(ExitCodes.Success, exit);
        var names = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["keep-me.txt", .. Enumerable.Range(1, 12).Select(n => $"synthetic-{n:00000}.txt")], names);
        Assert.Equal(SyntheticProfiles.Generate(7, 12, 5).ToBytes(), await File.ReadAllBytesAsync(Path.Combine(folder, "synthetic-00007.txt")));
    }

    [Theory]
    [InlineData("--out", "x")]
    [InlineData("--count", "0", "--out", "x")]
    [InlineData("--count", "abc", "--out", "x")]
    [InlineData("--count", "5")]
    [InlineData("--count", "5", "--out", "x", "--bogus")]
    public async Task Bad_arguments_are_a_usage_error(params string[] args)
    {
        Assert.Equal(ExitCodes.Usage, await GenerateCommand.RunAsync([.. args]));
        Assert.False(Directory.Exists(Path.GetFullPath("x")) && Directory.EnumerateFiles("x", "synthetic-*").Any());
    }

    [Fact]
    public async Task The_tool_refuses_to_write_into_the_seeds_folder_the_site_imports()
    {
        var seeds = Path.Combine(AtlasPaths.Root(AppContext.BaseDirectory), "seeds", "synthetic");

        Assert.Equal(ExitCodes.Usage, await GenerateCommand.RunAsync(["--count", "3", "--out", seeds]));
        Assert.False(Directory.Exists(seeds));
    }

    [Fact]
    public void The_seed_defaults_to_one()
    {
        var parse = GenerateCommand.Command().Parse(["--count", "3", "--out", "d"]);

        Assert.Empty(parse.Errors);
        Assert.Equal((3, "d", 1), (parse.GetValue<int>("--count"), parse.GetValue<string>("--out"), parse.GetValue<int>("--seed")));
    }

    [Fact]
    public async Task Help_prints_the_options_and_writes_nothing()
    {
        var output = new StringWriter();
        var parse = GenerateCommand.Command().Parse(["--help"]);

        var exit = await parse.InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output });

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("--count", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--seed", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
