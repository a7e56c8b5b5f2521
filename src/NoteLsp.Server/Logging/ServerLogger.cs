using System.Globalization;

namespace NoteLsp.Server.Logging;

/// <summary>
/// The server's log with two sinks: a text writer (stderr in production) with its own
/// threshold, and the client's <c>window/logMessage</c> with a threshold the client sets.
/// Logging never throws: a sink that fails is skipped.
/// </summary>
public sealed class ServerLogger
{
    private readonly TextWriter _writer;
    private readonly LogLevel _writerLevel;
    private readonly object _writerGate = new();
    private volatile Func<LogLevel, string, Task>? _clientSink;
    private volatile int _clientLevel = (int)LogLevel.Information;

    public ServerLogger(TextWriter writer, LogLevel writerLevel)
    {
        _writer = writer;
        _writerLevel = writerLevel;
    }

    public LogLevel ClientLevel
    {
        get => (LogLevel)_clientLevel;
        set => _clientLevel = (int)value;
    }

    /// <summary>Sends later messages at or above <see cref="ClientLevel"/> to <paramref name="sink"/> too; null stops that.</summary>
    public void AttachClient(Func<LogLevel, string, Task>? sink) => _clientSink = sink;

    public bool IsEnabled(LogLevel level) => level >= _writerLevel || (_clientSink is not null && level >= ClientLevel);

    public void Trace(string category, string message) => Log(LogLevel.Trace, category, message);

    public void Debug(string category, string message) => Log(LogLevel.Debug, category, message);

    public void Information(string category, string message) => Log(LogLevel.Information, category, message);

    public void Warning(string category, string message) => Log(LogLevel.Warning, category, message);

    public void Error(string category, string message, Exception? exception = null) => Log(LogLevel.Error, category, message, exception);

    public void Log(LogLevel level, string category, string message, Exception? exception = null)
    {
        if (level == LogLevel.None)
        {
            return;
        }

        if (level >= _writerLevel)
        {
            WriteLine(level, category, message, exception);
        }

        Func<LogLevel, string, Task>? sink = _clientSink;
        if (sink is not null && level >= ClientLevel)
        {
            // The client gets the one-line message; the stack stays in the stderr log.
            string text = exception is null ? $"[{category}] {message}" : $"[{category}] {message} ({exception.GetType().Name}: {exception.Message})";
            SendToClient(sink, level, text);
        }
    }

    private void WriteLine(LogLevel level, string category, string message, Exception? exception)
    {
        string time = DateTime.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
        string line = $"{time} {LevelTag(level)} {category}: {message}";
        try
        {
            lock (_writerGate)
            {
                _writer.WriteLine(line);
                if (exception is not null)
                {
                    _writer.WriteLine(exception.ToString());
                }

                _writer.Flush();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The log writer is gone (the client closed stderr); nothing else can report it.
        }
    }

    private static void SendToClient(Func<LogLevel, string, Task> sink, LogLevel level, string text)
    {
        try
        {
            _ = sink(level, text).ContinueWith(
                static t => _ = t.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The connection closed during shutdown; the stderr sink still has the message.
        }
    }

    private static string LevelTag(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        _ => "fail",
    };
}
