using System.Text;
using System.Text.Json;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Tests.Infrastructure;
using NoteLsp.TestKit;
using StreamJsonRpc;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests;

public sealed class RpcTests(ITestOutputHelper output)
{
    [Fact]
    public async Task CancelRequest_SlowRequest_ReturnsRequestCancelled()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new ServerOptions
        {
            BeforeRequest = async (method, cancellationToken) =>
            {
                if (method == Methods.TextDocumentDiagnostic)
                {
                    started.TrySetResult();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
            },
        };
        await using var client = LspTestClient.Start(output, options);
        await client.InitializeAsync(null);
        using var cancellation = new CancellationTokenSource();

        Task<JsonElement> slow = client.RequestAsync<JsonElement>(Methods.TextDocumentDiagnostic, new { textDocument = new { uri = "file:///tmp/slow.md" } }, cancellation.Token);
        await started.Task.WaitAsync(LspTestClient.Timeout);
        await cancellation.CancelAsync();

        // The client JsonRpc turns the server's RequestCancelled error into a cancellation.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow);
        var after = await client.RequestAsync<JsonElement>(Methods.WorkspaceDiagnostic, new { previousResultIds = Array.Empty<object>() });
        Assert.Equal(JsonValueKind.Object, after.ValueKind);
    }

    [Fact]
    public async Task NoteChangedDuringRequest_ReturnsContentModified()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("note.md", "# Note\n\n[[x]]\n");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new ServerOptions
        {
            BeforeRequest = async (method, _) =>
            {
                if (method == Methods.TextDocumentHover)
                {
                    started.TrySetResult();
                    await release.Task;
                }
            },
        };
        await using var client = LspTestClient.Start(output, options);
        await client.InitializeAsync(vault.RootUri());
        await client.OpenAsync(uri, "# Note\n\n[[x]]\n");

        Task<JsonElement> hover = client.RequestAsync<JsonElement>(Methods.TextDocumentHover, new { textDocument = new { uri }, position = new { line = 2, character = 3 } });
        await started.Task.WaitAsync(LspTestClient.Timeout);
        await client.ChangeAsync(uri, 2, LspTestClient.Edit(0, 2, 0, 2, "My "));
        await client.WhenServerIdleAsync();
        release.SetResult();

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => hover);
        Assert.Equal(ErrorCodes.ContentModified, error.ErrorCode);
    }

    [Fact]
    public async Task HandlerThrows_ReturnsInternalError_AndServerStillAnswers()
    {
        var options = new ServerOptions
        {
            BeforeRequest = (method, _) => method == Methods.TextDocumentDiagnostic
                ? throw new InvalidOperationException("simulated handler failure")
                : Task.CompletedTask,
        };
        await using var client = LspTestClient.Start(output, options);
        await client.InitializeAsync(null);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.TextDocumentDiagnostic, new { textDocument = new { uri = "file:///tmp/a.md" } }));
        var after = await client.RequestAsync<JsonElement>(Methods.WorkspaceDiagnostic, new { previousResultIds = Array.Empty<object>() });

        Assert.Equal(ErrorCodes.InternalError, error.ErrorCode);
        Assert.Contains("simulated handler failure", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, after.ValueKind);
    }

    [Theory]
    [InlineData("garbage bytes without any header\r\n\r\n")]
    [InlineData("Content-Length: abc\r\n\r\n{}")]
    [InlineData("Content-Length: 12\r\n\r\nnot json at!")]
    [InlineData("\u0000\u0001\u0002 binary noise Content-Length")]
    public async Task MalformedInput_IsDropped_AndServerKeepsServing(string garbage)
    {
        (Stream clientEnd, Stream serverEnd) = Nerdbank.Streams.FullDuplexStream.CreatePair();
        using var server = new LanguageServer(serverEnd, serverEnd, new ServerOptions { LogWriter = new StringWriter() });
        Task<int> run = Task.Run(server.RunAsync);

        await clientEnd.WriteAsync(Encoding.UTF8.GetBytes(garbage));
        await WriteMessageAsync(clientEnd, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""");
        using JsonDocument document = await ReadResponseAsync(clientEnd);

        Assert.Equal(1, document.RootElement.GetProperty("id").GetInt32());
        Assert.Equal("NoteLsp", document.RootElement.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        await clientEnd.DisposeAsync();
        Assert.Equal(1, await run.WaitAsync(LspTestClient.Timeout));
    }

    private static async Task WriteMessageAsync(Stream stream, string json)
    {
        byte[] body = Encoding.UTF8.GetBytes(json);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    /// <summary>Reads messages until a response, skipping notifications such as window/logMessage.</summary>
    private static async Task<JsonDocument> ReadResponseAsync(Stream stream)
    {
        while (true)
        {
            JsonDocument message = JsonDocument.Parse(await ReadMessageAsync(stream));
            if (message.RootElement.TryGetProperty("id", out _))
            {
                return message;
            }

            message.Dispose();
        }
    }

    private static async Task<string> ReadMessageAsync(Stream stream)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            int read = await stream.ReadAsync(one).AsTask().WaitAsync(LspTestClient.Timeout);
            Assert.NotEqual(0, read);
            header.Append((char)one[0]);
        }

        int length = int.Parse(header.ToString().Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        byte[] body = new byte[length];
        await stream.ReadExactlyAsync(body).AsTask().WaitAsync(LspTestClient.Timeout);
        return Encoding.UTF8.GetString(body);
    }
}
