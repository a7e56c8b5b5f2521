using System.Text.Json;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Tests.Infrastructure;
using NoteLsp.TestKit;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests;

public sealed class DiagnosticsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DidOpen_BrokenLink_PublishesDiagnosticWithVersion()
    {
        using var vault = new TempVault();
        var markup = Markup.Parse("# Note\n\nSee [[{|missing-note|}]].\n");
        string uri = vault.WriteNote("note.md", markup.Text);
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());

        await client.OpenAsync(uri, markup.Text, version: 7);
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(uri, 7);

        Diagnostic diagnostic = Assert.Single(Links(published.Diagnostics));
        Assert.Equal("NL1001", diagnostic.Code);
        Assert.Equal("notelsp", diagnostic.Source);
        Assert.Equal(1, diagnostic.Severity);
        Assert.Equal(new Position(2, 6), diagnostic.Range.Start);
        Assert.Equal(new Position(2, 18), diagnostic.Range.End);
        Assert.Equal("missing-note", diagnostic.Data!["target"]);
    }

    [Fact]
    public async Task VaultLoad_ClosedNoteWithBrokenLink_PublishesWithoutVersion()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("closed.md", "# Closed\n\n[[nowhere]]\n");
        vault.WriteNote("fine.md", "# Fine\n\n[[closed]]\n");
        await using var client = LspTestClient.Start(output);

        await client.InitializeAsync(vault.RootUri());
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(uri);

        Assert.Null(published.Version);
        Assert.Equal("NL1001", Assert.Single(Links(published.Diagnostics)).Code);
    }

    [Fact]
    public async Task Scope_OpenNotes_ClosedNotesGetNoDiagnostics()
    {
        using var vault = new TempVault();
        string closed = vault.WriteNote("closed.md", "# Closed\n\n[[nowhere]]\n");
        string open = vault.WriteNote("open.md", "# Open\n\n[[gone]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), initializationOptions: new { diagnostics = new { scope = "openNotes" } });

        await client.OpenAsync(open, "# Open\n\n[[gone]]\n");
        await client.WaitForDiagnosticsAsync(open, 1);

        Assert.DoesNotContain(client.ReceivedDiagnostics, p => p.Uri == closed);
    }

    [Fact]
    public async Task Recheck_UnchangedSet_IsNotPublishedAgain()
    {
        using var vault = new TempVault();
        string same = vault.WriteNote("same.md", "# Same\n\n[[nowhere]]\n");
        string changing = vault.WriteNote("changing.md", "# Changing\n\n[[gone]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });
        await client.WaitForDiagnosticsAsync(same);
        await client.WaitForDiagnosticsAsync(changing);
        client.ClearDiagnostics();

        vault.Write("changing.md", "# Changing\n\nNo links now.\n");
        await client.NotifyAsync(Methods.WorkspaceDidChangeWatchedFiles, new
        {
            changes = new[] { new { uri = same, type = FileChangeTypes.Changed }, new { uri = changing, type = FileChangeTypes.Changed } },
        });
        await client.WaitForDiagnosticsAsync(p => p.Uri == changing && Links(p.Diagnostics).Length == 0);

        Assert.DoesNotContain(client.ReceivedDiagnostics, p => p.Uri == same);
    }

    [Fact]
    public async Task WorkspaceConfiguration_ScopeOpenNotes_ClosedNotesGetNoDiagnostics()
    {
        using var vault = new TempVault();
        string closed = vault.WriteNote("closed.md", "# Closed\n\n[[nowhere]]\n");
        string open = vault.WriteNote("open.md", "# Open\n\n[[gone]]\n");
        await using var client = LspTestClient.Start(output);
        client.Target.Settings = new { diagnostics = new { scope = "openNotes" } };
        await client.InitializeAsync(vault.RootUri(), new { workspace = new { configuration = true } });

        await client.OpenAsync(open, "# Open\n\n[[gone]]\n");
        await client.WaitForDiagnosticsAsync(open, 1);

        Assert.DoesNotContain(client.ReceivedDiagnostics, p => p.Uri == closed);
    }

    [Fact]
    public async Task BurstOfIncrementalEdits_AppliedInArrivalOrder()
    {
        using var vault = new TempVault();
        const string initial = "# Burst\n\n[[x]]\n";
        string uri = vault.WriteNote("burst.md", initial);
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());
        await client.OpenAsync(uri, initial);

        string expected = await SendDigitBurstAsync(client, uri);

        var report = await client.RequestAsync<FullDocumentDiagnosticReport>(Methods.TextDocumentDiagnostic, new { textDocument = new { uri } });
        PublishDiagnosticsParams pushed = await client.WaitForDiagnosticsAsync(uri, 51);

        Assert.Equal(expected, Assert.Single(Links(report.Items)).Data!["target"]);
        Assert.Equal(expected, Assert.Single(Links(pushed.Diagnostics)).Data!["target"]);
    }

    [Fact]
    public async Task StalledHandlers_KeepArrivalOrder()
    {
        // Each handler stalls for a random time before it queues its change. Handlers that ran
        // concurrently would then queue out of order and scramble the text; the server must not.
        var random = new Random(4);
        var options = new ServerOptions
        {
            OnMutationReceived = method =>
            {
                if (method == Methods.TextDocumentDidChange)
                {
                    int delay;
                    lock (random)
                    {
                        delay = random.Next(0, 4);
                    }

                    Thread.Sleep(delay);
                }
            },
        };
        using var vault = new TempVault();
        const string initial = "# Burst\n\n[[x]]\n";
        string uri = vault.WriteNote("stalled.md", initial);
        await using var client = LspTestClient.Start(output, options);
        await client.InitializeAsync(vault.RootUri());
        await client.OpenAsync(uri, initial);

        string expected = await SendDigitBurstAsync(client, uri);
        PublishDiagnosticsParams pushed = await client.WaitForDiagnosticsAsync(uri, 51);

        Assert.Equal(expected, Assert.Single(Links(pushed.Diagnostics)).Data!["target"]);
    }

    [Fact]
    public async Task DidChange_ChangeWithoutRange_ReplacesWholeText()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("full.md", "# Full\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());
        await client.OpenAsync(uri, "# Full\n");

        await client.ChangeAsync(uri, 2, LspTestClient.Edit(0, 0, 0, 0, "junk "), new { text = "# Full\n\n[[replaced]]\n" }, LspTestClient.Edit(2, 2, 2, 2, "re-"));
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(uri, 2);

        Assert.Equal("re-replaced", Assert.Single(Links(published.Diagnostics)).Data!["target"]);
    }

    [Fact]
    public async Task DidChange_EmojiAndCrlf_RangesCountUtf16Units()
    {
        using var vault = new TempVault();
        const string text = "# 🐳 Note\r\n\r\n🐳🐳 [[x]]\r\n";
        string uri = vault.WriteNote("emoji.md", text);
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());
        await client.OpenAsync(uri, text);

        // Line 2 is "🐳🐳 [[x]]": each whale is two UTF-16 units, so the target "x" starts at character 7.
        await client.ChangeAsync(uri, 2, LspTestClient.Edit(2, 8, 2, 8, "yz"));
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(uri, 2);

        Diagnostic broken = Assert.Single(Links(published.Diagnostics));
        Assert.Equal("xyz", broken.Data!["target"]);
        Assert.Equal(new Position(2, 7), broken.Range.Start);
        Assert.Equal(new Position(2, 10), broken.Range.End);
    }

    [Fact]
    public async Task PullDiagnostics_ClientSupportsPull_NoPushAndReportsReturned()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("pull.md", "# Pull\n\n[[absent]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), new { textDocument = new { diagnostic = new { } } });
        await client.OpenAsync(uri, "# Pull\n\n[[absent]]\n");

        var document = await client.RequestAsync<FullDocumentDiagnosticReport>(Methods.TextDocumentDiagnostic, new { textDocument = new { uri } });
        var workspace = await client.RequestAsync<WorkspaceDiagnosticReport>(Methods.WorkspaceDiagnostic, new { previousResultIds = Array.Empty<object>() });

        Assert.Equal("full", document.Kind);
        Assert.Equal("NL1001", Assert.Single(Links(document.Items)).Code);
        WorkspaceFullDocumentDiagnosticReport item = Assert.Single(workspace.Items);
        Assert.Equal(uri, item.Uri);
        Assert.Equal(1, item.Version);
        Assert.Empty(client.ReceivedDiagnostics);
    }

    [Fact]
    public async Task PullDiagnostics_FileCreatedOutsideEditor_AsksClientToRefresh()
    {
        using var vault = new TempVault();
        vault.WriteNote("linker.md", "# Linker\n\n[[later]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), new
        {
            textDocument = new { diagnostic = new { } },
            workspace = new { diagnostics = new { refreshSupport = true }, didChangeWatchedFiles = new { dynamicRegistration = true } },
        });
        int before = client.Target.RefreshCount;

        string created = vault.WriteNote("later.md", "# Later\n");
        await client.NotifyAsync(Methods.WorkspaceDidChangeWatchedFiles, new { changes = new[] { new { uri = created, type = FileChangeTypes.Created } } });

        await Wait.UntilAsync(() => client.Target.RefreshCount > before);
        Assert.Empty(client.ReceivedDiagnostics);
    }

    [Fact]
    public async Task NotificationThrows_PublishesInternalErrorDiagnostic()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("boom.md", "# Boom\n");
        var options = new ServerOptions
        {
            BeforeMutation = method =>
            {
                if (method == Methods.TextDocumentDidOpen)
                {
                    throw new InvalidOperationException("simulated failure");
                }
            },
        };
        await using var client = LspTestClient.Start(output, options);
        await client.InitializeAsync(vault.RootUri());

        await client.OpenAsync(uri, "# Boom\n");
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(p => p.Uri == uri && p.Diagnostics.Any(d => d.Code == "NL9001"));

        Diagnostic diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal("NL9001", diagnostic.Code);
        Assert.Contains("simulated failure", diagnostic.Message, StringComparison.Ordinal);
        var after = await client.RequestAsync<JsonElement>(Methods.WorkspaceDiagnostic, new { previousResultIds = Array.Empty<object>() });
        Assert.Equal(JsonValueKind.Object, after.ValueKind);
    }

    /// <summary>Keeps the link diagnostics (NL1xxx), so that metadata checks on the bare test notes do not interfere.</summary>
    private static Diagnostic[] Links(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Code.StartsWith("NL1", StringComparison.Ordinal)).ToArray();

    /// <summary>
    /// Sends 50 edits back to back without waiting, so the server reads them as one burst. Edit i
    /// inserts one digit right after the previous one in the link "[[x]]" on line 2, so any
    /// reordering produces another link target. Returns the target after all edits.
    /// </summary>
    private static async Task<string> SendDigitBurstAsync(LspTestClient client, string uri)
    {
        var expected = new System.Text.StringBuilder("x");
        var sends = new List<Task>();
        for (int i = 0; i < 50; i++)
        {
            string digit = (i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
            expected.Append(digit);
            sends.Add(client.ChangeAsync(uri, i + 2, LspTestClient.Edit(2, 3 + i, 2, 3 + i, digit)));
        }

        await Task.WhenAll(sends);
        return expected.ToString();
    }
}
