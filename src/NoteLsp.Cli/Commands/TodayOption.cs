using System.Globalization;

namespace NoteLsp.Cli.Commands;

/// <summary>Works out "today" for review checks: <c>--today</c>, then <c>NOTELSP_TODAY</c>, then the local date.</summary>
public static class TodayOption
{
    public const string EnvironmentVariable = "NOTELSP_TODAY";

    /// <summary>Returns today's date, or null with <paramref name="error"/> set when a given value is not a valid date.</summary>
    public static DateOnly? Resolve(string? optionValue, Func<string, string?> environment, out string? error)
    {
        error = null;
        string? value = optionValue ?? environment(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return DateOnly.FromDateTime(DateTime.Now);
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        string source = optionValue is not null ? "--today" : EnvironmentVariable;
        error = $"Invalid date '{value}' in {source}: use YYYY-MM-DD, such as 2026-12-04.";
        return null;
    }
}
