namespace DemandAtlas.Web.CommandLine;

/// <summary>A one-line progress bar redrawn in place on a terminal's stderr, at most a few times a second.</summary>
public sealed class ProgressBar(TextWriter error, int total) : IDisposable
{
    private const int Width = 30;
    private int done;
    private long lastDraw;

    public void Advance()
    {
        done++;
        var now = Environment.TickCount64;
        if (now - lastDraw < 100 && done < total)
        {
            return;
        }

        lastDraw = now;
        var filled = (int)((long)Width * done / Math.Max(total, 1));
        error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}");
        error.Flush();
    }

    public void Clear()
    {
        error.Write($"\r{new string(' ', Width + 30)}\r");
        error.Flush();
    }

    public void Dispose() => Clear();
}
