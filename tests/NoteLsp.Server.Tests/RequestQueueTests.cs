using NoteLsp.Server.Rpc;

namespace NoteLsp.Server.Tests;

public sealed class RequestQueueTests
{
    [Fact]
    public async Task Capture_AfterSlowMutation_SeesItsEffect()
    {
        var queue = new RequestQueue();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int state = 0;

        Task mutation = queue.EnqueueMutation(async () =>
        {
            await release.Task;
            state = 1;
        });
        Task<int> capture = queue.EnqueueCapture(() => state);

        Assert.False(capture.IsCompleted);
        release.SetResult();
        Assert.Equal(1, await capture.WaitAsync(TimeSpan.FromSeconds(20)));
        await mutation;
    }

    [Fact]
    public async Task Mutations_RunOneAtATimeInOrder()
    {
        var queue = new RequestQueue();
        var order = new List<int>();
        var tasks = new List<Task>();
        for (int i = 0; i < 100; i++)
        {
            int item = i;
            tasks.Add(queue.EnqueueMutation(async () =>
            {
                await Task.Yield();
                lock (order)
                {
                    order.Add(item);
                }
            }));
        }

        await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(Enumerable.Range(0, 100), order);
    }

    [Fact]
    public async Task FailedMutation_FaultsItsTask_AndLaterItemsStillRun()
    {
        var queue = new RequestQueue();

        Task failed = queue.EnqueueMutation(() => throw new InvalidOperationException("simulated"));
        Task<string> later = queue.EnqueueCapture(() => "ran");

        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        Assert.Equal("ran", await later.WaitAsync(TimeSpan.FromSeconds(20)));
    }
}
