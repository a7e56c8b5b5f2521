namespace NoteLsp.Core.Metadata;

/// <summary>The unit of a <see cref="ReviewInterval"/>.</summary>
public enum ReviewIntervalUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>The time between two reviews of a note, such as <c>+1 month</c>.</summary>
public readonly record struct ReviewInterval(int Count, ReviewIntervalUnit Unit)
{
    /// <summary>Returns the date one interval after <paramref name="date"/>.</summary>
    public DateOnly AddTo(DateOnly date) => Unit switch
    {
        ReviewIntervalUnit.Day => date.AddDays(Count),
        ReviewIntervalUnit.Week => date.AddDays(7 * Count),
        ReviewIntervalUnit.Month => date.AddMonths(Count),
        _ => date.AddYears(Count),
    };
}
