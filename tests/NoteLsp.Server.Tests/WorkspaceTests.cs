using System.Text.Json;
using NoteLsp.Cli;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Tests.Infrastructure;
using NoteLsp.TestKit;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests;

/// <summary>Files changed outside the editor, workspace folders, odd URIs, and agreement with the CLI.</summary>
public sealed class WorkspaceTests(ITestOutputHelper output)
{
    private static readonly object WatcherCapabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } };

    [Fact]
    public async Task WatchedFileCreated_RechecksLinkingNotes()
    {
        using var vault = new TempVault();
        string linker = vault.WriteNote("linker.md", "# Linker\n\n[[future-note]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), WatcherCapabilities);
        await client.WaitForDiagnosticsAsync(p => p.Uri == linker && HasBrokenLink(p));

        string created = vault.WriteNote("future-note.md", "# Future note\n");
        await client.NotifyAsync(Methods.WorkspaceDidChangeWatchedFiles, new { changes = new[] { new { uri = created, type = FileChangeTypes.Created } } });

        await client.WaitForDiagnosticsAsync(p => p.Uri == linker && !HasBrokenLink(p));
    }

    [Fact]
    public async Task WatchedFileDeleted_RechecksLinkingNotes()
    {
        using var vault = new TempVault();
        string linker = vault.WriteNote("linker.md", "# Linker\n\n[[doomed]]\n");
        string doomed = vault.WriteNote("doomed.md", "# Doomed\n\n[[nowhere]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), WatcherCapabilities);
        await client.WaitForDiagnosticsAsync(p => p.Uri == doomed && HasBrokenLink(p));

        File.Delete(vault.FullPath("doomed.md"));
        await client.NotifyAsync(Methods.WorkspaceDidChangeWatchedFiles, new { changes = new[] { new { uri = doomed, type = FileChangeTypes.Deleted } } });

        await client.WaitForDiagnosticsAsync(p => p.Uri == linker && HasBrokenLink(p));
        await client.WaitForDiagnosticsAsync(p => p.Uri == doomed && p.Diagnostics.Length == 0);
    }

    [Fact]
    public async Task WatchedFileRenamed_DeleteThenCreate_RechecksLinkingNotes()
    {
        using var vault = new TempVault();
        string linker = vault.WriteNote("linker.md", "# Linker\n\n[[old-name]]\n");
        string oldUri = vault.WriteNote("old-name.md", "# Note\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), WatcherCapabilities);

        File.Move(vault.FullPath("old-name.md"), vault.FullPath("new-name.md"));
        await client.NotifyAsync(Methods.WorkspaceDidChangeWatchedFiles, new
        {
            changes = new[] { new { uri = oldUri, type = FileChangeTypes.Deleted }, new { uri = vault.UriOf("new-name.md"), type = FileChangeTypes.Created } },
        });

        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(p => p.Uri == linker && HasBrokenLink(p));
        Assert.Contains(published.Diagnostics, d => d.Message.Contains("old-name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfigFileChanged_ReloadsVaultWithNewSettings()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("note.md", "# Note\n\n[[gone]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), WatcherCapabilities);
        await client.WaitForDiagnosticsAsync(p => p.Uri == uri && p.Diagnostics.Any(d => d.Code == "NL1001" && d.Severity == 1));

        string config = vault.WriteNote(".notelsp.yaml", "severity:\n  NL1001: hint\n");
        await client.NotifyAsync(Methods.WorkspaceDidChangeWatchedFiles, new { changes = new[] { new { uri = config, type = FileChangeTypes.Created } } });

        await client.WaitForDiagnosticsAsync(p => p.Uri == uri && p.Diagnostics.Any(d => d.Code == "NL1001" && d.Severity == 4));
    }

    [Fact]
    public async Task InvalidConfigFile_DiagnosticUntilFixed()
    {
        using var vault = new TempVault();
        string config = vault.WriteNote(".notelsp.yaml", "review:\n  due-soon-days: [oops\n");
        string uri = vault.WriteNote("note.md", "# Note\n\n[[gone]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), WatcherCapabilities);

        PublishDiagnosticsParams broken = await client.WaitForDiagnosticsAsync(p => p.Uri == config && p.Diagnostics.Length > 0);
        await client.WaitForDiagnosticsAsync(p => p.Uri == uri && p.Diagnostics.Any(d => d.Code == "NL1001"));

        Diagnostic problem = Assert.Single(broken.Diagnostics);
        Assert.Equal("NL0001", problem.Code);
        Assert.Equal(1, problem.Severity);

        vault.WriteNote(".notelsp.yaml", "review:\n  due-soon-days: 5\n");
        await client.NotifyAsync(Methods.WorkspaceDidChangeWatchedFiles, new { changes = new[] { new { uri = config, type = FileChangeTypes.Changed } } });

        await client.WaitForDiagnosticsAsync(p => p.Uri == config && p.Diagnostics.Length == 0);
    }

    [Fact]
    public async Task DidClose_NoteGoesBackToDiskText()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("note.md", "# Note\n\n[[on-disk-link]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());
        await client.OpenAsync(uri, "# Note\n\n[[editor-link]]\n");
        await client.WaitForDiagnosticsAsync(uri, 1);

        await client.CloseAsync(uri);
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(p => p.Uri == uri && p.Version is null);

        Assert.Equal("on-disk-link", Assert.Single(published.Diagnostics, d => d.Code == "NL1001").Data!["target"]);
    }

    [Theory]
    [InlineData("--log-level", "loud")]
    [InlineData("--port", "8080")]
    public async Task LspCommand_InvalidOption_ExitsWithUsageError(string option, string value)
    {
        var error = new StringWriter();

        int exitCode = await CliApp.RunAsync(["lsp", option, value], new StringWriter(), error, _ => null);

        Assert.Equal(CliApp.ExitUsage, exitCode);
        Assert.Contains("Usage: notelsp lsp", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenNote_OverridesFileOnDisk()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("note.md", "# Note\n\n[[missing-on-disk]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri(), WatcherCapabilities);

        await client.OpenAsync(uri, "# Note\n\nNo links in the editor.\n", version: 3);
        await client.NotifyAsync(Methods.WorkspaceDidChangeWatchedFiles, new { changes = new[] { new { uri, type = FileChangeTypes.Changed } } });
        await client.WhenServerIdleAsync();
        var report = await client.RequestAsync<FullDocumentDiagnosticReport>(Methods.TextDocumentDiagnostic, new { textDocument = new { uri } });

        Assert.DoesNotContain(report.Items, d => d.Code == "NL1001");
    }

    [Theory]
    [InlineData("untitled:Untitled-1")]
    [InlineData("https://example.invalid/note.md")]
    [InlineData("not a uri")]
    [InlineData("file://remote-host/share/note.md")]
    public async Task OddUri_RequestsReturnEmpty_AndServerKeepsServing(string uri)
    {
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(null);

        await client.OpenAsync(uri, "# Odd\n\n[[x]]\n");
        Location[] definition = await client.RequestAsync<Location[]>(Methods.TextDocumentDefinition, new { textDocument = new { uri }, position = new { line = 2, character = 3 } });
        Hover? hover = await client.RequestAsync<Hover?>(Methods.TextDocumentHover, new { textDocument = new { uri }, position = new { line = 2, character = 3 } });

        Assert.Empty(definition);
        Assert.Null(hover);
        Assert.DoesNotContain(client.ReceivedDiagnostics, p => p.Uri == uri);
    }

    [Fact]
    public async Task PercentEncodedSpaces_ResolveToTheFile()
    {
        using var vault = new TempVault();
        vault.Write("my notes/target note.md", "# Target\n");
        string uri = vault.WriteNote("my notes/source note.md", "# Source\n\n[[target note]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());

        Assert.Contains("my%20notes/source%20note.md", uri, StringComparison.Ordinal);
        await client.OpenAsync(uri, "# Source\n\n[[target note]]\n");
        Location[] definition = await client.RequestAsync<Location[]>(Methods.TextDocumentDefinition, new { textDocument = new { uri }, position = new { line = 2, character = 4 } });

        Assert.Equal(vault.UriOf("my notes/target note.md"), Assert.Single(definition).Uri);
    }

    [Fact]
    public async Task NoteOutsideEveryFolder_GetsSingleFileVaultOfItsFolder()
    {
        using var workspace = new TempVault();
        using var elsewhere = new TempVault();
        elsewhere.Write("sibling.md", "# Sibling\n");
        string uri = elsewhere.WriteNote("loose.md", "# Loose\n\n[[sibling]] [[absent]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(workspace.RootUri());

        await client.OpenAsync(uri, "# Loose\n\n[[sibling]] [[absent]]\n");
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(uri, 1);

        Diagnostic broken = Assert.Single(published.Diagnostics, d => d.Code == "NL1001");
        Assert.Equal("absent", broken.Data!["target"]);
    }

    [Fact]
    public async Task NoFolderOpen_SingleFileModeServesTheNote()
    {
        using var folder = new TempVault();
        folder.Write("other.md", "# Other\n");
        string uri = folder.WriteNote("solo.md", "# Solo\n\n[[other]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(null);

        await client.OpenAsync(uri, "# Solo\n\n[[other]]\n");
        Location[] definition = await client.RequestAsync<Location[]>(Methods.TextDocumentDefinition, new { textDocument = new { uri }, position = new { line = 2, character = 3 } });

        Assert.Equal(folder.UriOf("other.md"), Assert.Single(definition).Uri);
    }

    [Fact]
    public async Task TwoWorkspaceFolders_NoteBelongsToItsOwnFolder()
    {
        using var first = new TempVault();
        using var second = new TempVault();
        first.Write("shared-name.md", "# In first\n");
        string uri = second.WriteNote("source.md", "# Source\n\n[[shared-name]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(first.RootUri());
        await client.NotifyAsync(Methods.WorkspaceDidChangeWorkspaceFolders, new
        {
            @event = new { added = new[] { new { uri = second.RootUri(), name = "second" } }, removed = Array.Empty<object>() },
        });

        await client.OpenAsync(uri, "# Source\n\n[[shared-name]]\n");
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(uri, 1);

        Assert.Contains(published.Diagnostics, d => d.Code == "NL1001");
    }

    [Fact]
    public async Task FolderAddedAfterOpen_KeepsEditorTextAndJoinsTheFolderVault()
    {
        using var folder = new TempVault();
        folder.Write("sub/target.md", "# Target\n");
        string uri = folder.WriteNote("open.md", "# Open\n\n[[disk-only]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(null);
        await client.OpenAsync(uri, "# Open\n\n[[target]]\n");
        PublishDiagnosticsParams single = await client.WaitForDiagnosticsAsync(uri, 1);
        Assert.Contains(single.Diagnostics, d => d.Code == "NL1001");

        await client.NotifyAsync(Methods.WorkspaceDidChangeWorkspaceFolders, new
        {
            @event = new { added = new[] { new { uri = folder.RootUri(), name = "folder" } }, removed = Array.Empty<object>() },
        });
        await client.WhenServerIdleAsync();
        var report = await client.RequestAsync<FullDocumentDiagnosticReport>(Methods.TextDocumentDiagnostic, new { textDocument = new { uri } });

        Assert.DoesNotContain(report.Items, d => d.Code == "NL1001");
    }

    [Fact]
    public async Task BrokenLink_SameInCliCheckAndServer()
    {
        using var vault = new TempVault();
        const string text = "# Parity 🐳\n\nSee [[docker-images-layers]] and [[also missing|alias]].\n";
        string uri = vault.WriteNote("parity.md", text);
        var cliOutput = new StringWriter();

        int exitCode = await CliApp.RunAsync(["check", vault.RootPath, "--format", "json", "--today", "2026-01-20"], cliOutput, new StringWriter(), _ => null);
        await using var client = LspTestClient.Start(output, new ServerOptions { Today = () => new DateOnly(2026, 1, 20) });
        await client.InitializeAsync(vault.RootUri());
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(uri);

        Assert.Equal(CliApp.ExitFindings, exitCode);
        using JsonDocument cli = JsonDocument.Parse(cliOutput.ToString());
        var fromCli = cli.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (
                d.GetProperty("code").GetString(),
                d.GetProperty("line").GetInt32() - 1,
                d.GetProperty("column").GetInt32() - 1,
                d.GetProperty("endLine").GetInt32() - 1,
                d.GetProperty("endColumn").GetInt32() - 1,
                d.GetProperty("message").GetString()))
            .ToArray();
        var fromServer = published.Diagnostics
            .Select(d => ((string?)d.Code, d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, (string?)d.Message))
            .ToArray();
        Assert.Equal(2, fromServer.Count(d => d.Item1 == "NL1001"));
        Assert.Equal(fromCli, fromServer);
    }

    private static bool HasBrokenLink(PublishDiagnosticsParams published) => published.Diagnostics.Any(d => d.Code == "NL1001");
}
