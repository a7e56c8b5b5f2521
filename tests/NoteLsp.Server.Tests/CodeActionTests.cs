using System.Text.Json;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Tests.Infrastructure;
using NoteLsp.TestKit;
using StreamJsonRpc;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests;

public sealed class CodeActionTests(ITestOutputHelper output)
{
    private const string SampleNote = "docker-why-containers.md";

    private static readonly ServerOptions Options = new() { Today = () => new DateOnly(2026, 12, 4) };

    private static readonly object ResolveCapabilities = new { textDocument = new { codeAction = new { resolveSupport = new { properties = new[] { "edit" } } } } };

    [Fact]
    public async Task Initialize_AdvertisesCodeActionsAndNewNoteCommand()
    {
        using var vault = new TempVault();
        await using var client = LspTestClient.Start(output, Options);

        InitializeResult result = await client.InitializeAsync(vault.RootUri());

        JsonElement capabilities = JsonSerializer.SerializeToElement(result.Capabilities, LspConnection.SerializerOptions);
        Assert.True(capabilities.GetProperty("codeActionProvider").GetProperty("resolveProvider").GetBoolean());
        Assert.Equal("notelsp.newNote", capabilities.GetProperty("executeCommandProvider").GetProperty("commands")[0].GetString());
    }

    [Fact]
    public async Task CodeAction_BrokenLink_CreatesNoteFromTemplate()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote(SampleNote, SampleText());
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri());
        Diagnostic broken = await WaitForBrokenLinkAsync(client, uri, "docker-images-layers");

        JsonElement[] actions = await RequestActionsAsync(client, uri, broken);
        JsonElement create = actions.Single(a => a.GetProperty("title").GetString() == "Create note 'docker-images-layers'");
        JsonElement changes = create.GetProperty("edit").GetProperty("documentChanges");
        WorkspaceEditFiles.Apply(create.GetProperty("edit"));

        Assert.Equal("quickfix", create.GetProperty("kind").GetString());
        Assert.True(create.GetProperty("isPreferred").GetBoolean());
        Assert.Equal("NL1001", create.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal("create", changes[0].GetProperty("kind").GetString());
        Assert.False(changes[0].GetProperty("options").GetProperty("overwrite").GetBoolean());
        Assert.True(changes[0].GetProperty("options").GetProperty("ignoreIfExists").GetBoolean());
        Assert.Equal(JsonValueKind.Null, changes[1].GetProperty("textDocument").GetProperty("version").ValueKind);
        Assert.Equal(GoldenNote(), File.ReadAllText(vault.FullPath("docker-images-layers.md")));
    }

    [Fact]
    public async Task CodeAction_ClientResolvesEdits_EditComesFromResolve()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote(SampleNote, SampleText());
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri(), ResolveCapabilities);
        Diagnostic broken = await WaitForBrokenLinkAsync(client, uri, "docker-images-layers");

        JsonElement[] actions = await RequestActionsAsync(client, uri, broken);
        JsonElement deferred = actions.Single(a => a.GetProperty("title").GetString() == "Create note 'docker-images-layers'");
        JsonElement resolved = await client.RequestAsync<JsonElement>(Methods.CodeActionResolve, deferred);
        WorkspaceEditFiles.Apply(resolved.GetProperty("edit"));

        Assert.False(deferred.TryGetProperty("edit", out _));
        Assert.Equal(uri, deferred.GetProperty("data").GetProperty("uri").GetString());
        Assert.Equal(GoldenNote(), File.ReadAllText(vault.FullPath("docker-images-layers.md")));
    }

    [Fact]
    public async Task CodeAction_DoubleEncodedNote_ResolveRepairsText()
    {
        using var vault = new TempVault();
        const string damaged = "# Note\n\n## ðŸŽ¯ TL;DR\n\nWorks â†’ everywhere, cafÃ© crÃ¨me.\n";
        string uri = vault.WriteNote("note.md", damaged);
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri(), ResolveCapabilities);
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(p => p.Uri == uri && p.Diagnostics.Any(d => d.Code == "NL4004"));
        Diagnostic doubleEncoded = published.Diagnostics.Single(d => d.Code == "NL4004");

        JsonElement deferred = (await RequestActionsAsync(client, uri, doubleEncoded)).Single();
        JsonElement resolved = await client.RequestAsync<JsonElement>(Methods.CodeActionResolve, deferred);
        WorkspaceEditFiles.Apply(resolved.GetProperty("edit"));

        Assert.StartsWith("Repair double-encoded text", deferred.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("# Note\n\n## 🎯 TL;DR\n\nWorks → everywhere, café crème.\n", File.ReadAllText(vault.FullPath("note.md")));
    }

    [Fact]
    public async Task Resolve_FileCreatedMeanwhile_FailsAndKeepsFile()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote(SampleNote, SampleText());
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri(), ResolveCapabilities);
        Diagnostic broken = await WaitForBrokenLinkAsync(client, uri, "docker-images-layers");
        JsonElement deferred = (await RequestActionsAsync(client, uri, broken)).Single(a => a.GetProperty("title").GetString()!.StartsWith("Create note", StringComparison.Ordinal));

        // The server's vault does not know the file yet: no watched-file event was sent.
        vault.Write("Docker-Images-Layers.md", "# Mine\n");
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<JsonElement>(Methods.CodeActionResolve, deferred));

        Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
        Assert.Equal("# Mine\n", File.ReadAllText(vault.FullPath("Docker-Images-Layers.md")));
    }

    [Fact]
    public async Task CodeAction_ClientSendsNoDiagnostics_StillOffersFix()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote(SampleNote, SampleText());
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri());
        Diagnostic broken = await WaitForBrokenLinkAsync(client, uri, "docker-volumes-persistence");

        JsonElement actions = await client.RequestAsync<JsonElement>(Methods.TextDocumentCodeAction, new
        {
            textDocument = new { uri },
            range = broken.Range,
            context = new { diagnostics = Array.Empty<object>() },
        });
        JsonElement create = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Create note 'docker-volumes-persistence'");

        Assert.Equal("NL1001", create.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal("docker-volumes-persistence", create.GetProperty("diagnostics")[0].GetProperty("data").GetProperty("target").GetString());
    }

    [Fact]
    public async Task CodeAction_OnlyRefactorAsked_ReturnsNoQuickFix()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote(SampleNote, SampleText());
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri());
        Diagnostic broken = await WaitForBrokenLinkAsync(client, uri, "docker-images-layers");

        JsonElement[] actions = await RequestActionsAsync(client, uri, broken, only: ["refactor"]);

        Assert.Empty(actions);
    }

    [Fact]
    public async Task ExecuteCommand_NewNote_AppliesEditAndReturnsUri()
    {
        using var vault = new TempVault();
        vault.Write(SampleNote, SampleText());
        await using var client = LspTestClient.Start(output, Options);
        client.Target.ApplyEdit = request =>
        {
            WorkspaceEditFiles.Apply(request.GetProperty("edit"));
            return new ApplyWorkspaceEditResult(true, null);
        };
        await client.InitializeAsync(vault.RootUri());

        JsonElement result = await client.RequestAsync<JsonElement>(Methods.WorkspaceExecuteCommand, new { command = "notelsp.newNote", arguments = new[] { new { name = "docker-images-layers" } } });

        Assert.Equal(vault.UriOf("docker-images-layers.md"), result.GetProperty("uri").GetString());
        Assert.Equal(GoldenNote(), File.ReadAllText(vault.FullPath("docker-images-layers.md")));
        Assert.Equal("Create note 'docker-images-layers'", Assert.Single(client.Target.EditRequests).GetProperty("label").GetString());
    }

    [Fact]
    public async Task ExecuteCommand_TemplatesFolderSetting_UsesItsTemplate()
    {
        using var vault = new TempVault();
        vault.Write("tpl/meeting.md", "# {{title}}\n\nHeld on {{date:D MMMM YYYY}}.\n");
        await using var client = LspTestClient.Start(output, Options);
        client.Target.ApplyEdit = request =>
        {
            WorkspaceEditFiles.Apply(request.GetProperty("edit"));
            return new ApplyWorkspaceEditResult(true, null);
        };
        await client.InitializeAsync(vault.RootUri(), initializationOptions: new { templates = new { folder = "tpl" } });

        await client.RequestAsync<JsonElement>(Methods.WorkspaceExecuteCommand, new { command = "notelsp.newNote", arguments = new[] { new { name = "team-sync", template = "meeting" } } });

        Assert.Equal("# Team Sync\n\nHeld on 4 December 2026.\n", File.ReadAllText(vault.FullPath("team-sync.md")));
    }

    [Fact]
    public async Task ExecuteCommand_NoteExistsInOtherCase_FailsWithoutEdit()
    {
        using var vault = new TempVault();
        vault.Write(SampleNote, SampleText());
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri());

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.WorkspaceExecuteCommand, new { command = "notelsp.newNote", arguments = new[] { new { name = "Docker-Why-Containers" } } }));

        Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Empty(client.Target.EditRequests);
    }

    [Fact]
    public async Task ExecuteCommand_FileOnDiskButIgnored_FailsWithoutEdit()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", "ignore: [\"scratch.md\"]\n");
        vault.Write("scratch.md", "# Scratch\n");
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri());

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.WorkspaceExecuteCommand, new { command = "notelsp.newNote", arguments = new[] { new { name = "scratch" } } }));

        Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
        Assert.Empty(client.Target.EditRequests);
        Assert.Equal("# Scratch\n", File.ReadAllText(vault.FullPath("scratch.md")));
    }

    [Fact]
    public async Task ExecuteCommand_ClientRejectsEdit_Fails()
    {
        using var vault = new TempVault();
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri());

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.WorkspaceExecuteCommand, new { command = "notelsp.newNote", arguments = new[] { new { name = "idea", template = "concept" } } }));

        Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
        Assert.Contains("rejects", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(vault.FullPath("idea.md")));
    }

    [Theory]
    [InlineData("notelsp.unknown", "x")]
    [InlineData("notelsp.newNote", "")]
    public async Task ExecuteCommand_InvalidRequest_ReturnsInvalidParams(string command, string name)
    {
        using var vault = new TempVault();
        await using var client = LspTestClient.Start(output, Options);
        await client.InitializeAsync(vault.RootUri());

        // StreamJsonRpc raises InvalidParams (-32602) on the client as RemoteMethodNotFoundException.
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            client.RequestAsync<JsonElement>(Methods.WorkspaceExecuteCommand, new { command, arguments = new[] { new { name } } }));

        Assert.Equal(ErrorCodes.InvalidParams, (int)error.ErrorCode);
        Assert.Empty(client.Target.EditRequests);
    }

    private static async Task<Diagnostic> WaitForBrokenLinkAsync(LspTestClient client, string uri, string target)
    {
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(p => p.Uri == uri && p.Diagnostics.Any(d => d.Code == "NL1001"));
        return published.Diagnostics.Single(d => d.Code == "NL1001" && d.Data!["target"] == target);
    }

    private static async Task<JsonElement[]> RequestActionsAsync(LspTestClient client, string uri, Diagnostic diagnostic, string[]? only = null)
    {
        JsonElement actions = await client.RequestAsync<JsonElement>(Methods.TextDocumentCodeAction, new
        {
            textDocument = new { uri },
            range = diagnostic.Range,
            context = new { diagnostics = new[] { diagnostic }, only },
        });
        return [.. actions.EnumerateArray()];
    }

    private static string SampleText() => File.ReadAllText(Path.Combine(RepositoryRoot(), "examples", "vault", SampleNote));

    private static string GoldenNote() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "NoteLsp.Core.Tests", "Templates", "Golden", "docker-images-layers.md"));

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NoteLsp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NoteLsp.sln not found above the test folder.");
    }
}
