namespace NoteLsp.Server.Tests.Infrastructure;

/// <summary>Waits for a condition that another thread makes true, failing after <see cref="LspTestClient.Timeout"/>.</summary>
public static class Wait
{
    public static async Task UntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(LspTestClient.Timeout);
        while (!condition())
        {
            // Polls because the condition is set by a notification handler that has no completion signal.
            await Task.Delay(10, timeout.Token);
        }
    }
}
