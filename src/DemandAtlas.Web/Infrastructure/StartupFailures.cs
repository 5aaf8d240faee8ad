using System.Net.Sockets;
using DemandAtlas.Web.CommandLine;
using DemandAtlas.Web.Data;
using Microsoft.AspNetCore.Connections;

namespace DemandAtlas.Web.Infrastructure;

/// <summary>
/// Why the site could not start, when it is the operator's to fix: a taken port, a store it cannot write or does not
/// understand, a malformed connection string. Those print one line saying what and how to fix it and exit 1; the
/// exception goes to the log at Debug. Anything else is a bug and fails as it always did.
/// </summary>
public static class StartupFailures
{
    /// <summary>Starts the site and waits until it stops; returns the process's exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception e) when (Explain(e, app.Configuration) is { } line)
        {
            app.Logger.LogDebug(e, "The site could not start: {Reason}", line);
            await error.WriteLineAsync(line);
            return ExitCodes.Failed;
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>The one line for a failure the operator can fix, or null.</summary>
    public static string? Explain(Exception failure, IConfiguration configuration)
    {
        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StoreException store:
                    return $"DemandAtlas cannot start: {store.Message}";
                case IOException { InnerException: AddressInUseException } bind:
                    return $"DemandAtlas cannot start: {bind.Message.TrimEnd('.')} (is the site already running?). " +
                        "Stop what uses that port, or choose another address with --urls (e.g. --urls http://localhost:5081).";
                case Microsoft.Extensions.Options.OptionsValidationException invalid:
                    return $"DemandAtlas cannot start: the configuration is invalid: {invalid.Message}";
                case SocketException { SocketErrorCode: SocketError.AccessDenied }:
                    return $"DemandAtlas cannot start: it may not listen on {configuration["urls"]} (ports below 1024 need privileges). " +
                        "Listen on a higher port with --urls and put the proxy in front (deploy/).";
            }
        }

        return null;
    }

    /// <summary>
    /// True for the host's own error event about a start-up failure that <see cref="RunAsync"/> explains in one line;
    /// the log drops it (it would print the whole stack trace) and RunAsync logs the exception at Debug instead.
    /// </summary>
    public static bool IsExplainedHostEvent(Serilog.Events.LogEvent logEvent, IConfiguration configuration) =>
        logEvent.Exception is { } e
        && logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source.ToString() == "\"Microsoft.Extensions.Hosting.Internal.Host\""
        && Explain(e, configuration) is not null;
}
