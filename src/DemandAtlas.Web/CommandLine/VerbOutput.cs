using System.Text;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// Where verbs write. The console by default; tests redirect it for their own async flow only, so verbs can
/// run in-process and in parallel.
/// </summary>
public static class VerbOutput
{
    private static readonly AsyncLocal<(TextWriter Out, TextWriter Error)?> Current = new();

    /// <summary>
    /// Output to a file or pipe is buffered and flushed when the verb ends, as C's stdio does; Console.Out makes a
    /// system call per line, thousands in a bulk import. A terminal still sees each line as it is written.
    /// </summary>
    private static readonly Lazy<TextWriter> RedirectedOut = new(() =>
        TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)));

    public static TextWriter Out => Current.Value?.Out ?? (Console.IsOutputRedirected ? RedirectedOut.Value : Console.Out);

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
