using System.Diagnostics;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NoteLsp.Server.Protocol;
using Microsoft.VisualStudio.Threading;
using NoteLsp.Server.Logging;
using StreamJsonRpc;

namespace NoteLsp.Server.Rpc;

/// <summary>
/// The JSON-RPC connection to the client: LSP framing (<c>Content-Length</c> headers) over
/// two streams, System.Text.Json with LSP's camelCase names, and handlers invoked one at a
/// time in arrival order so that the request queue sees messages in the client's order.
/// </summary>
public sealed class LspConnection : IDisposable
{
    private readonly Pipe _cleanInput = new();
    private readonly MessageFramer _framer;
    // Never disposed: the framing task may still read its token after Dispose.
    private readonly CancellationTokenSource _stopping = new();
    private Task _framing = Task.CompletedTask;
    private int _disposed;

    public LspConnection(Stream input, Stream output, ServerLogger logger)
    {
        _framer = new MessageFramer(input, _cleanInput.Writer, logger);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = SerializerOptions };
        var handler = new HeaderDelimitedMessageHandler(output, _cleanInput.Reader.AsStream(), formatter);
        Rpc = new JsonRpc(handler)
        {
            // Handlers start one at a time in arrival order; each enqueues into RequestQueue before its first await.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        Rpc.TraceSource = new TraceSource("NoteLsp.Rpc", SourceLevels.Warning);
        Rpc.TraceSource.Listeners.Clear();
        Rpc.TraceSource.Listeners.Add(new LoggerTraceListener(logger));
    }

    /// <summary>The serializer settings for every LSP message: camelCase, case-insensitive reads, nulls left out.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Generated metadata first; reflection serves types the context does not list, such as a test's anonymous objects.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(LspJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public JsonRpc Rpc { get; }

    /// <summary>Completes when the connection ends: the input closed, or <see cref="Dispose"/> ran.</summary>
    public Task Completion => Rpc.Completion;

    public void StartListening()
    {
        _framing = Task.Run(() => _framer.RunAsync(_stopping.Token));
        Rpc.StartListening();
    }

    /// <summary>Sends a notification with a parameter object, as LSP needs (a plain NotifyAsync would send an array).</summary>
    public Task NotifyAsync(string method, object parameters) => Rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task<T> RequestAsync<T>(string method, object parameters, CancellationToken cancellationToken) =>
        Rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        Rpc.Dispose();
    }

    /// <summary>Sends StreamJsonRpc's own trace (such as a notification for an unknown method) to the server log.</summary>
    private sealed class LoggerTraceListener(ServerLogger logger) : TraceListener
    {
        public override void Write(string? message)
        {
        }

        public override void WriteLine(string? message)
        {
        }

        public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message)
        {
            // StreamJsonRpc's errors concern single messages and the server keeps serving, so they log as warnings. Its
            // warnings (such as a notification no handler takes, like $/setTrace) are routine in LSP and log at Debug.
            LogLevel level = eventType <= TraceEventType.Error ? LogLevel.Warning : LogLevel.Debug;
            logger.Log(level, "Rpc", message ?? string.Empty);
        }

        public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args) =>
            TraceEvent(eventCache, source, eventType, id, args is null || format is null ? format : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }
}
