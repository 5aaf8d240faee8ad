using DemandAtlas.Web.Data;
using DemandAtlas.Web.Security;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// What a verb runs against: its output streams, where passwords come from, and the store's services. From the
/// console a verb builds the site's services itself (honouring `--db PATH`); a test can hand it a running app's.
/// </summary>
public sealed class VerbContext
{
    private readonly IServiceProvider? services;
    private readonly TextWriter? output;
    private readonly TextWriter? error;
    private readonly TextReader? passwords;

    private VerbContext(IServiceProvider? services, TextWriter? output, TextWriter? error, TextReader? passwords)
    {
        this.services = services;
        this.output = output;
        this.error = error;
        this.passwords = passwords;
    }

    /// <summary>The console (or what <see cref="VerbOutput.Redirect"/> put in its place), and services of its own.</summary>
    public static VerbContext Console { get; } = new(null, null, null, null);

    /// <summary>An app's own services and the given streams; <paramref name="passwords"/> null means prompt.</summary>
    public static VerbContext For(IServiceProvider services, TextReader? passwords, TextWriter output, TextWriter error) =>
        new(services, output, error, passwords);

    public TextWriter Out => output ?? VerbOutput.Out;

    public TextWriter Error => error ?? VerbOutput.Error;

    /// <summary>Redirected standard input, or null when the password must be prompted for on the terminal.</summary>
    public TextReader? Passwords => services is not null ? passwords : System.Console.IsInputRedirected ? System.Console.In : null;

    /// <summary>
    /// Runs <paramref name="verb"/> on the store's services: the ones this context was given, or the site's own built
    /// here with `--db` (when given) as the store, holding its shared <see cref="StoreLock"/> (unless
    /// <paramref name="lockStore"/> is false: restore locks its target itself). Ctrl+C cancels the verb's token.
    /// </summary>
    public async Task<int> RunAsync(string? database, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken, bool lockStore = true)
    {
        try
        {
            if (services is not null)
            {
                return await verb(services, cancellationToken);
            }

            // No reloading of appsettings.json: watching for it puts an inotify watch on every folder under the content
            // root, and every write to a store inside it (as bench/out is) then woke a watcher thread during an import.
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
            builder.Logging.ClearProviders();
            if (database is not null)
            {
                builder.Configuration[$"ConnectionStrings:{DataServices.ConnectionName}"] = $"Data Source={VerbPaths.Resolve(database)}";
            }

            builder.Services.AddAtlasData();
            builder.Services.AddAtlasAccounts();
            await using var app = builder.Build();
            using var held = lockStore ? DataServices.LockShared(app.Services) : null;
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            void OnCancel(object? sender, ConsoleCancelEventArgs e)
            {
                e.Cancel = true;
                cancel.Cancel();
            }

            System.Console.CancelKeyPress += OnCancel;
            try
            {
                return await verb(app.Services, cancel.Token);
            }
            finally
            {
                System.Console.CancelKeyPress -= OnCancel;
            }
        }
        catch (StoreException problem)
        {
            // A store the verb cannot use (unwritable, from a newer version, in use, a malformed connection string)
            // is the user's to fix: one line saying what and how, not a stack trace.
            await Error.WriteLineAsync(problem.Message);
            return ExitCodes.Failed;
        }
        finally
        {
            await Out.FlushAsync(CancellationToken.None);
        }
    }
}
