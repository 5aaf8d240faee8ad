namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// Where verbs write. The console by default; tests redirect it for their own async flow only, so verbs can
/// run in-process and in parallel.
/// </summary>
public static class VerbOutput
{
    private static readonly AsyncLocal<(TextWriter Out, TextWriter Error)?> Current = new();

    public static TextWriter Out => Current.Value?.Out ?? Console.Out;

    public static TextWriter Error => Current.Value?.Error ?? Console.Error;

    /// <summary>True when errors go to a real terminal (progress bars only make sense there).</summary>
    public static bool ErrorIsTerminal => Current.Value is null && !Console.IsErrorRedirected;

    public static IDisposable Redirect(TextWriter output, TextWriter error)
    {
        var previous = Current.Value;
        Current.Value = (output, error);
        return new Restore(() => Current.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
