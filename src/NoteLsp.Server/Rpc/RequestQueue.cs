namespace NoteLsp.Server.Rpc;

/// <summary>
/// Keeps the server's state changes in the order the client sent them. Every item joins one
/// chain: a mutation runs after everything enqueued before it, and a read's capture (taking
/// the current state) runs in its turn too, so a read sees exactly the mutations that came
/// before it. The read itself then runs concurrently, off the chain.
/// </summary>
/// <remarks>
/// Order holds only if each handler enqueues in its first synchronous step, before any await:
/// JsonRpc invokes handlers one at a time in arrival order on a NonConcurrentSynchronizationContext,
/// and an enqueue is the step that fixes a message's place. An item that throws does not break
/// the chain; its own task faults.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue: the name is the standard term for this component in LSP servers.")]
public sealed class RequestQueue
{
    private readonly object _gate = new();
    private Task _tail = Task.CompletedTask;

    /// <summary>Runs <paramref name="mutation"/> after every item enqueued before it; the next item waits for its task.</summary>
    public Task EnqueueMutation(Func<Task> mutation)
    {
        lock (_gate)
        {
            Task run = _tail.ContinueWith(_ => mutation(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            _tail = run.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return run;
        }
    }

    /// <summary>Runs <paramref name="capture"/> in its turn and returns its value; it must be quick and free of awaits.</summary>
    public Task<T> EnqueueCapture<T>(Func<T> capture)
    {
        lock (_gate)
        {
            Task<T> run = _tail.ContinueWith(_ => capture(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            _tail = run.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return run;
        }
    }

    /// <summary>Completes when every item enqueued so far has finished.</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _tail;
        }
    }
}
