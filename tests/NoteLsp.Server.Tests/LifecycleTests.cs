using System.Text.Json;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Tests.Infrastructure;
using NoteLsp.TestKit;
using StreamJsonRpc;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests;

public sealed class LifecycleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Initialize_ReturnsCapabilitiesAndServerInfo()
    {
        using var vault = new TempVault();
        await using var client = LspTestClient.Start(output);

        InitializeResult result = await client.InitializeAsync(vault.RootUri());

        Assert.Equal("NoteLsp", result.ServerInfo.Name);
        Assert.False(string.IsNullOrEmpty(result.ServerInfo.Version));
        Assert.Equal("utf-16", result.Capabilities.PositionEncoding);
        Assert.Equal(2, result.Capabilities.TextDocumentSync!.Change);
        Assert.Null(result.Capabilities.DiagnosticProvider);
    }

    [Fact]
    public async Task Initialize_ClientPullsDiagnostics_AdvertisesDiagnosticProvider()
    {
        await using var client = LspTestClient.Start(output);

        InitializeResult result = await client.InitializeAsync(null, new { textDocument = new { diagnostic = new { dynamicRegistration = false } } });

        Assert.NotNull(result.Capabilities.DiagnosticProvider);
    }

    [Fact]
    public async Task Request_BeforeInitialize_ReturnsServerNotInitialized()
    {
        await using var client = LspTestClient.Start(output);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.TextDocumentDiagnostic, new { textDocument = new { uri = "file:///tmp/a.md" } }));

        Assert.Equal(ErrorCodes.ServerNotInitialized, error.ErrorCode);
    }

    [Fact]
    public async Task Exit_AfterShutdown_ExitsWithZero()
    {
        int? reported = null;
        await using var client = LspTestClient.Start(output, new ServerOptions { OnExit = code => reported = code });
        await client.InitializeAsync(null);

        await client.RequestAsync<JsonElement?>(Methods.Shutdown, null);
        await client.NotifyAsync(Methods.Exit, new { });

        Assert.Equal(0, await client.ServerRun.WaitAsync(LspTestClient.Timeout));
        Assert.Equal(0, reported);
    }

    [Fact]
    public async Task Exit_WithoutShutdown_ExitsWithOne()
    {
        int? reported = null;
        await using var client = LspTestClient.Start(output, new ServerOptions { OnExit = code => reported = code });
        await client.InitializeAsync(null);

        await client.NotifyAsync(Methods.Exit, new { });

        Assert.Equal(1, await client.ServerRun.WaitAsync(LspTestClient.Timeout));
        Assert.Equal(1, reported);
    }

    [Fact]
    public async Task InputClosed_WithoutExit_ServerStops()
    {
        var client = LspTestClient.Start(output);
        await client.InitializeAsync(null);

        await client.DisposeAsync();

        Assert.Equal(1, await client.ServerRun.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task SlowVaultLoad_ShutdownAndCancellationStillAnswered()
    {
        using var loadStarted = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        var options = new ServerOptions
        {
            BeforeMutation = method =>
            {
                if (method == Methods.Initialized)
                {
                    loadStarted.Release();
                    release.Wait(LspTestClient.Timeout);
                }
            },
        };
        await using var client = LspTestClient.Start(output, options);
        await client.RequestAsync<InitializeResult>(Methods.Initialize, new { capabilities = new { } });
        await client.NotifyAsync(Methods.Initialized, new { });
        Assert.True(await loadStarted.WaitAsync(LspTestClient.Timeout));
        using var cancellation = new CancellationTokenSource();

        Task<JsonElement> queued = client.RequestAsync<JsonElement>(Methods.WorkspaceSymbol, new { query = "x" }, cancellation.Token);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        JsonElement? shutdown = await client.RequestAsync<JsonElement?>(Methods.Shutdown, null);
        release.Set();

        Assert.Null(shutdown);
    }

    [Fact]
    public async Task UnknownMethod_ReturnsMethodNotFound()
    {
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(null);

        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync<JsonElement>("notelsp/noSuchMethod", new { }));

        Assert.Equal(ErrorCodes.MethodNotFound, (int)error.ErrorCode);
    }

    [Fact]
    public async Task Initialized_ClientSupportsDynamicRegistration_RegistersFileWatchers()
    {
        using var vault = new TempVault();
        await using var client = LspTestClient.Start(output);

        await client.InitializeAsync(vault.RootUri(), new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });

        JsonElement registration = Assert.Single(client.Target.Registrations);
        string text = registration.GetRawText();
        Assert.Contains(Methods.WorkspaceDidChangeWatchedFiles, text, StringComparison.Ordinal);
        Assert.Contains("**/*.md", text, StringComparison.Ordinal);
        Assert.Contains("**/.notelsp.yaml", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialized_ClientSupportsProgress_ReportsVaultLoad()
    {
        using var vault = new TempVault();
        vault.WriteNote("a.md", "# A\n");
        await using var client = LspTestClient.Start(output);

        await client.InitializeAsync(vault.RootUri(), new { window = new { workDoneProgress = true } });

        await Wait.UntilAsync(() => client.Target.Progress.Any(p => p.GetProperty("value").GetProperty("kind").GetString() == "end"));
        string[] kinds = client.Target.Progress.Select(p => p.GetProperty("value").GetProperty("kind").GetString()!).ToArray();
        Assert.Equal("begin", kinds[0]);
        Assert.Equal("end", kinds[^1]);
    }
}
