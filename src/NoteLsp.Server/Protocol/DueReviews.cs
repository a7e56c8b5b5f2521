namespace NoteLsp.Server.Protocol;

public sealed record DueReviewsParams;

public sealed record DueReviewsResult(DueReviewItem[] Items);

/// <param name="NextReview">The review date as YYYY-MM-DD.</param>
/// <param name="DaysOverdue">Days since the review date; negative while it is still ahead.</param>
public sealed record DueReviewItem(string Uri, string Title, string NextReview, int DaysOverdue);
