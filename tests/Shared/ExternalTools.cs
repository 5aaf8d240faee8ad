namespace DemandAtlas.Testing;

/// <summary>
/// Tests that need a program a bare machine may lack (Chromium, nginx, Java, Spectral). Without it the test is
/// reported as skipped, with the reason and the fix; where <see cref="RequireVariable"/> is 1 (CI sets it) a
/// missing program is a failure instead, so CI always runs these tests. Use in a [SkippableFact].
/// </summary>
public static class ExternalTools
{
    public const string RequireVariable = "DEMANDATLAS_REQUIRE_TOOLS";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The program's full path: an absolute path that exists, or the first match on PATH; else null.</summary>
    public static string? Find(string program)
    {
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The program's path, or skips the test (fails it where required) saying how to install it.</summary>
    public static string Require(string program, string fix)
    {
        if (Find(program) is { } path)
        {
            return path;
        }

        Unavailable($"{program} is not installed; {fix}");
        return "";
    }

    /// <summary>Skips the test for a missing prerequisite (fails it where required).</summary>
    public static void Unavailable(string reason)
    {
        if (Required)
        {
            throw new InvalidOperationException($"{reason} ({RequireVariable}=1 makes this prerequisite required)");
        }

        Skip.If(true, reason);
    }
}
