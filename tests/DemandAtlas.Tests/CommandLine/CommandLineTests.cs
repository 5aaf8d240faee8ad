using System.Text.RegularExpressions;
using DemandAtlas.Web.CommandLine;

namespace DemandAtlas.Tests.CommandLine;

/// <summary>
/// The root command line in-process: the site is a recorder here, so a test sees whether the site would have started
/// and with which arguments. Help and mistakes must never start it.
/// </summary>
public sealed partial class CommandLineTests : IDisposable
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"demandatlas-cli-{Guid.NewGuid():N}.db");
    private string[]? siteArgs;

    private async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit;
        using (VerbOutput.Redirect(output, error))
        {
            exit = await Verbs.InvokeAsync(args, VerbContext.Console, (a, _) =>
            {
                siteArgs = a;
                return Task.FromResult(0);
            });
        }

        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Help_on_the_root_lists_every_verb_and_the_site_options_and_starts_nothing()
    {
        var (exit, output, _) = await RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Null(siteArgs);
        foreach (var word in new[] { "import", "export", "users", "backup", "restore", "--urls", "--version" })
        {
            Assert.Contains(word, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("users")]
    [InlineData("users", "add")]
    [InlineData("users", "list")]
    [InlineData("users", "disable")]
    [InlineData("users", "reset-password")]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task Help_on_every_verb_prints_its_usage_exits_zero_and_opens_no_store(params string[] verb)
    {
        var (exit, output, error) = await RunAsync([.. verb, "--help", "--db", database]);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains($"{Verbs.Name} {string.Join(' ', verb)}", output, StringComparison.Ordinal);
        Assert.Contains("--db", output, StringComparison.Ordinal);
        Assert.False(File.Exists(database), "help opened the store");
        Assert.Null(siteArgs);
    }

    [Theory]
    [InlineData("backpu")]
    [InlineData("import-seeds", "x")]
    [InlineData("seeds", "--db", "x.db")]
    public async Task An_unknown_verb_is_exit_two_with_one_line_naming_it_and_never_starts_the_site(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Null(siteArgs);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"unknown verb '{args[0]}' (the verbs are import, export, users, backup, restore", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("--urls", "http://127.0.0.1:5999", "--porst", "1")]
    public async Task An_unknown_option_of_the_site_is_exit_two_naming_it(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Null(siteArgs);
        Assert.StartsWith($"unknown option '{args.First(a => a is "--frobnicate" or "--porst")}'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "--jsn", "x.txt")]
    [InlineData("export", "--fromat", "csv")]
    [InlineData("users", "list", "--all")]
    [InlineData("backup", "--out", "x.db", "--verify")]
    [InlineData("restore", "x.db", "--froce")]
    public async Task An_unknown_option_of_a_verb_is_exit_two_with_one_line_naming_it_and_the_verbs_usage(params string[] args)
    {
        var (exit, _, error) = await RunAsync([.. args, "--db", database]);

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var unknown = args.Single(a => a is "--jsn" or "--fromat" or "--all" or "--verify" or "--froce");
        Assert.Contains($"unknown option '{unknown}'", line, StringComparison.Ordinal);
        Assert.Contains($"; usage: {args[0]}", line, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public async Task A_verb_with_no_subcommand_or_a_missing_argument_says_which()
    {
        var (usersExit, _, users) = await RunAsync("users");
        var (backupExit, _, backup) = await RunAsync("backup");
        var (addExit, _, add) = await RunAsync("users", "add", "x@example.test");

        Assert.Equal((2, 2, 2), (usersExit, backupExit, addExit));
        Assert.StartsWith("users: which one? (add, list, disable, reset-password)", users, StringComparison.Ordinal);
        Assert.StartsWith("backup: --out is required; usage: backup --out <FILE> [options]", backup, StringComparison.Ordinal);
        Assert.StartsWith("users add: --role is required; usage: users add <email> --role <Admin|Editor> [options]", add, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_runs_by_default_with_its_options_and_configuration_overrides_passed_through()
    {
        string[] args = ["--urls", "http://127.0.0.1:5999", "--environment", "Staging", "--DemandAtlas:ImportSeedsOnStart=false"];

        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(args, siteArgs);
    }

    [Fact]
    public async Task Version_prints_the_version_and_the_commit_it_was_built_from()
    {
        var (exit, output, _) = await RunAsync("--version");

        Assert.Equal(0, exit);
        Assert.Null(siteArgs);
        // A clone builds with its commit (CI's is a clone); a build from an exported tree says so instead.
        Assert.Matches(VersionLine(), output.Trim());
    }

    [Fact]
    public async Task The_readme_shows_the_roots_help_exactly_as_it_prints()
    {
        var (_, help, _) = await RunAsync("--help");
        var readme = await File.ReadAllTextAsync(Path.Combine(AtlasPaths.Root(AppContext.BaseDirectory), "README.md"));

        Assert.Contains(help.Trim().ReplaceLineEndings("\n"), readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^DemandAtlas \d+\.\d+\.\d+ \((commit [0-9a-f]{7,40}|commit unknown: built outside a git clone)\)$")]
    private static partial Regex VersionLine();

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-lock" })
        {
            File.Delete(database + suffix);
        }
    }
}
