using System.Diagnostics;

namespace DemandAtlas.Tests.Support;

/// <summary>Runs a program (a validator) to its end and keeps what it printed; killed after a bounded time.</summary>
public static class ExternalProcess
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} ran longer than {timeout ?? TimeSpan.FromMinutes(2)}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>The repository's root folder (where DemandAtlas.sln is), found from the test binary's folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DemandAtlas.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("DemandAtlas.sln not found above the test binaries");
        }
    }
}
