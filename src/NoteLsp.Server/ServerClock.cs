using System.Globalization;

namespace NoteLsp.Server;

/// <summary>The server's "today" for review checks.</summary>
public static class ServerClock
{
    public const string TodayVariable = "NOTELSP_TODAY";

    /// <summary>Returns the date in <c>NOTELSP_TODAY</c> when it is a valid YYYY-MM-DD date, otherwise the local date.</summary>
    public static DateOnly Today()
    {
        string? value = Environment.GetEnvironmentVariable(TodayVariable);
        return !string.IsNullOrWhiteSpace(value)
            && DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : DateOnly.FromDateTime(DateTime.Now);
    }
}
