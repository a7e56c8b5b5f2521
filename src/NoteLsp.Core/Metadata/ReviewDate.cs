using NoteLsp.Core.Text;

namespace NoteLsp.Core.Metadata;

/// <summary>Which review date a <see cref="ReviewDate"/> is.</summary>
public enum ReviewDateKind
{
    /// <summary><c>**Next review**</c> or the metadata key <c>next-review</c>.</summary>
    NextReview,

    /// <summary><c>**Last update**</c> or the metadata key <c>last-update</c>.</summary>
    LastUpdate,
}

/// <summary>A review date written in a note, such as <c>**Next review**: 2026-01-26 (+1 month)</c>.</summary>
/// <param name="DateText">The date as written; empty when the line has no date.</param>
/// <param name="DateSpan">The span of <see cref="DateText"/>; empty after the label when there is no date.</param>
/// <param name="IntervalText">The text between the brackets after the date, or null when there are none.</param>
/// <param name="IntervalSpan">The span of <see cref="IntervalText"/>, or null.</param>
public sealed record ReviewDate(
    ReviewDateKind Kind,
    string DateText,
    TextSpan DateSpan,
    string? IntervalText,
    TextSpan? IntervalSpan);
