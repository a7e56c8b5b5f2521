namespace NoteLsp.Server.Logging;

/// <summary>Log levels, from the most detailed to none; the names match Microsoft.Extensions.Logging.</summary>
public enum LogLevel
{
    Trace,
    Debug,
    Information,
    Warning,
    Error,
    None,
}

/// <summary>Reads log level names as users write them in <c>--log-level</c> and settings.</summary>
public static class LogLevels
{
    /// <summary>Returns the level named <paramref name="name"/> (trace, debug, information or info, warning or warn, error, off or none), or null.</summary>
    public static LogLevel? Parse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "TRACE" or "VERBOSE" => LogLevel.Trace,
        "DEBUG" => LogLevel.Debug,
        "INFORMATION" or "INFO" or "MESSAGES" => LogLevel.Information,
        "WARNING" or "WARN" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "OFF" or "NONE" => LogLevel.None,
        _ => null,
    };
}
