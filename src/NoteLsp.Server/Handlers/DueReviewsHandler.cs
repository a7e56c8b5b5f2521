using System.Globalization;
using NoteLsp.Core.Features;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Session;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>notelsp/dueReviews</c>: notes whose next review is on or before today plus <c>review.dueSoonDays</c>.</summary>
public sealed class DueReviewsHandler(HandlerContext context)
{
    [JsonRpcMethod(Methods.DueReviews, UseSingleObjectParameterDeserialization = true)]
    public Task<DueReviewsResult> DueReviewsAsync(DueReviewsParams? request, CancellationToken cancellationToken) =>
        context.ReadAsync(Methods.DueReviews, null, (state, token) =>
        {
            _ = request;
            DateOnly today = context.Options.Today();
            var items = new List<DueReviewItem>();
            foreach (VaultWorkspace workspace in state.Workspaces)
            {
                foreach (DueReview due in DueReviewService.FindDue(workspace.Vault, today, state.Settings.DueSoonDays, token))
                {
                    string date = due.NextReview.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    items.Add(new DueReviewItem(state.GetUri(workspace, due.NotePath), due.Title, date, due.DaysOverdue));
                }
            }

            return new DueReviewsResult([.. items.OrderByDescending(i => i.DaysOverdue)]);
        }, cancellationToken);
}
