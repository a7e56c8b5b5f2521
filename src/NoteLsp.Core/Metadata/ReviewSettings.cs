namespace NoteLsp.Core.Metadata;

/// <summary>Settings of the review-date checks.</summary>
/// <param name="DueSoonDays">A next review this many days from today or fewer is reported as due soon; 0 reports only a review due today.</param>
public sealed record ReviewSettings(int DueSoonDays)
{
    public static ReviewSettings Default { get; } = new(3);
}
