using NoteLsp.Server.Logging;

namespace NoteLsp.Server;

/// <summary>How a <see cref="LanguageServer"/> runs; the defaults are what <c>notelsp lsp</c> uses.</summary>
public sealed class ServerOptions
{
    /// <summary>The date review checks compare against; the default reads <c>NOTELSP_TODAY</c> (YYYY-MM-DD), then the local date.</summary>
    public Func<DateOnly> Today { get; init; } = ServerClock.Today;

    /// <summary>How long diagnostics wait after the last change before they are computed and pushed.</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Where the server writes its log; stderr in production, never stdout.</summary>
    public TextWriter LogWriter { get; init; } = TextWriter.Null;

    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>Called with the exit code when the client sends <c>exit</c>, before the connection closes.</summary>
    public Action<int>? OnExit { get; init; }

    /// <summary>
    /// Runs at the start of every request after the state is captured, with the method name and
    /// the request's cancellation token. Tests use it to make a request slow or throw; production leaves it null.
    /// </summary>
    public Func<string, CancellationToken, Task>? BeforeRequest { get; init; }

    /// <summary>Runs before every state change with the method name; tests use it to make a notification throw.</summary>
    public Action<string>? BeforeMutation { get; init; }

    /// <summary>
    /// Runs when a state-changing notification arrives, before it is queued. Tests use it to
    /// stall handlers for random times, which reorders them unless dispatch keeps arrival order.
    /// </summary>
    public Action<string>? OnMutationReceived { get; init; }
}
