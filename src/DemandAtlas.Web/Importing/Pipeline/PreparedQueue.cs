using System.Collections.Concurrent;
using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Web.Importing.Pipeline;

/// <summary>
/// Documents read, parsed and rendered ahead of the writer, handed out in file order. Preparing is pure, so it runs
/// on worker threads, one fewer than the cores because the writer (or, early on, EF migrating a new store) keeps one
/// busy: with a task per document the pool ran two preparations beside the migration on two cores and slowed it by
/// half. Bounded by count and by file size, so memory stays flat however many documents a run has.
/// </summary>
internal sealed class PreparedQueue : IDisposable
{
    private const int MaxDocuments = 64;
    private const long MaxBytes = 4 << 20;

    private readonly IReadOnlyList<string> files;
    private readonly Queue<(Task<PreparedDocument> Document, long Bytes)> ahead = new();
    private readonly BlockingCollection<(string File, TaskCompletionSource<PreparedDocument> Done)> work = [];
    private readonly CancellationTokenSource stop;
    private long bytesAhead;
    private int next;

    public PreparedQueue(IReadOnlyList<string> files, TacticLexicon lexicon, CancellationToken cancellationToken)
    {
        this.files = files;
        Lexicon = lexicon;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Math.Min(Math.Max(1, Environment.ProcessorCount - 1), Math.Max(1, files.Count));
        for (var i = 0; i < workers; i++)
        {
            new Thread(Work) { IsBackground = true, Name = "Prepare documents" }.Start();
        }

        Fill();
    }

    public TacticLexicon Lexicon { get; }

    /// <summary>True when every document has been handed out.</summary>
    public bool IsEmpty => ahead.Count == 0;

    /// <summary>
    /// The next document in file order, or null after the last. While it is still being prepared, the caller
    /// prepares later ones itself rather than wait: the writer is faster than one worker, and a second worker
    /// would compete with it for the cores.
    /// </summary>
    public async Task<PreparedDocument?> NextAsync()
    {
        if (!ahead.TryDequeue(out var item))
        {
            return null;
        }

        while (!item.Document.IsCompleted && work.TryTake(out var job))
        {
            Prepare(job);
        }

        var document = await item.Document.WaitAsync(stop.Token);
        bytesAhead -= item.Bytes;
        Fill();
        return document;
    }

    /// <summary>Stops the workers; documents nobody took are dropped.</summary>
    public void Dispose()
    {
        work.CompleteAdding();
        stop.Cancel();
    }

    private void Fill()
    {
        // At least one document is always on its way, however large, so a run never stalls on the byte budget.
        while (next < files.Count && ahead.Count < MaxDocuments && (ahead.Count == 0 || bytesAhead < MaxBytes))
        {
            var file = files[next++];
            var bytes = SizeOf(file);
            // Continuations run on the pool, not inline on a worker, which must go on preparing.
            var done = new TaskCompletionSource<PreparedDocument>(TaskCreationOptions.RunContinuationsAsynchronously);
            bytesAhead += bytes;
            ahead.Enqueue((done.Task, bytes));
            work.Add((file, done));
        }
    }

    private void Work()
    {
        try
        {
            foreach (var job in work.GetConsumingEnumerable(stop.Token))
            {
                Prepare(job);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed or the run was cancelled.
        }
    }

    private void Prepare((string File, TaskCompletionSource<PreparedDocument> Done) job)
    {
        try
        {
            job.Done.SetResult(PreparedDocument.Read(job.File, Lexicon));
        }
        catch (Exception ex)
        {
            job.Done.SetException(ex);
        }
    }

    /// <summary>The file's size for the budget; one that cannot be read counts as empty and fails when prepared.</summary>
    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
