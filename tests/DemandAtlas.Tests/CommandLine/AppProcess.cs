using System.Diagnostics;

namespace DemandAtlas.Tests.CommandLine;

/// <summary>
/// The app as a user runs it: `dotnet DemandAtlas.Web.dll ARGS` in a process of its own (the build copies it beside
/// the tests), with the environment given, never the repository's own store. Bounded in time; killed if it overstays.
/// </summary>
internal static class AppProcess
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "DemandAtlas.Web.dll");

    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DemandAtlas__ImportSeedsOnStart"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>) and returns the exit code and both streams.</summary>
    public static async Task<(int Exit, string Out, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"`DemandAtlas.Web {string.Join(' ', args)}` was still running after {timeout.TotalSeconds} s; output:\n{await output}\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
