using System.Text.Json;
using NoteLsp.Core.Checks;
using NoteLsp.Core.Vault;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Rpc;
using NoteLsp.Server.Tests.Infrastructure;
using NoteLsp.TestKit;
using StreamJsonRpc;
using Xunit.Abstractions;

namespace NoteLsp.Server.Tests.Features;

public sealed class RenameHandlerTests(ITestOutputHelper output)
{
    private static object At(string uri, Position position, string? newName = null) =>
        newName is null ? new { textDocument = new { uri }, position } : new { textDocument = new { uri }, position, newName };

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NoteLsp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NoteLsp.sln not found above the test binaries.");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Returns what <c>notelsp check</c> reports for the vault, as (code, count) pairs, so renamed paths do not matter.</summary>
    private static List<(string Code, int Count)> CheckCodes(string root)
    {
        VaultSnapshot vault = VaultLoader.Load(root);
        return NoteChecker.CheckAll(vault, new CheckOptions(new DateOnly(2025, 12, 26)))
            .SelectMany(r => r.Diagnostics)
            .GroupBy(d => d.Code)
            .Select(g => (g.Key, g.Count()))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public async Task Rename_ExampleVaultNote_AppliedEditAddsNoDiagnostics()
    {
        using var vault = new TempVault();
        CopyFolder(Path.Combine(RepositoryRoot(), "examples", "vault"), vault.RootPath);
        List<(string Code, int Count)> before = CheckCodes(vault.RootPath);
        string compose = vault.UriOf("docker-compose-services.md");
        string text = File.ReadAllText(vault.FullPath("docker-compose-services.md"));
        int line = text[..text.IndexOf("[[kubernetes/k8s-pods-basics#", StringComparison.Ordinal)].Count(c => c == '\n');
        int character = text.Split('\n')[line].IndexOf("k8s-pods", StringComparison.Ordinal) + 2;
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());

        JsonElement prepared = await client.RequestAsync<JsonElement>(Methods.TextDocumentPrepareRename, At(compose, new Position(line, character)));
        JsonElement edit = await client.RequestAsync<JsonElement>(Methods.TextDocumentRename, At(compose, new Position(line, character), "kubernetes-pods"));
        var renames = WorkspaceEditApplier.Apply(edit);

        Assert.Equal("k8s-pods-basics", prepared.GetProperty("placeholder").GetString());
        Assert.Equal((vault.UriOf("kubernetes/k8s-pods-basics.md"), vault.UriOf("kubernetes/kubernetes-pods.md")), Assert.Single(renames));
        Assert.Contains("[[kubernetes/kubernetes-pods#🎯 TL;DR (30 seconds)|Pods]]", File.ReadAllText(vault.FullPath("docker-compose-services.md")), StringComparison.Ordinal);
        Assert.Contains("[[kubernetes/kubernetes-pods|Pods]]", File.ReadAllText(vault.FullPath("docker-dockerfile-basics.md")), StringComparison.Ordinal);
        Assert.Equal(before, CheckCodes(vault.RootPath));
    }

    [Fact]
    public async Task Rename_NoteFromTitle_RewritesLinksInOtherNotes()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("café.md", "# Café au lait\n\nSelf [[café#Café au lait]].\n");
        vault.Write("linker.md", "See [[café]] and [[CAFÉ|coffee]].\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());

        JsonElement edit = await client.RequestAsync<JsonElement>(Methods.TextDocumentRename, At(uri, new Position(0, 4), "crème"));
        WorkspaceEditApplier.Apply(edit);

        Assert.Equal("See [[crème]] and [[crème|coffee]].\n", File.ReadAllText(vault.FullPath("linker.md")));
        Assert.Equal("# Café au lait\n\nSelf [[crème#Café au lait]].\n", File.ReadAllText(vault.FullPath("crème.md")));
        Assert.False(File.Exists(vault.FullPath("café.md")));
    }

    [Fact]
    public async Task Rename_OpenNote_CarriesDocumentVersion()
    {
        using var vault = new TempVault();
        vault.Write("target.md", "# Target\n");
        string uri = vault.WriteNote("note.md", "old text\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());
        await client.OpenAsync(uri, "See [[target]].\n", version: 4);

        JsonElement edit = await client.RequestAsync<JsonElement>(Methods.TextDocumentRename, At(uri, new Position(0, 8), "goal"));

        JsonElement textEdit = edit.GetProperty("documentChanges")[0];
        Assert.Equal(uri, textEdit.GetProperty("textDocument").GetProperty("uri").GetString());
        Assert.Equal(4, textEdit.GetProperty("textDocument").GetProperty("version").GetInt32());
        Assert.Equal("goal", textEdit.GetProperty("edits")[0].GetProperty("newText").GetString());
    }

    [Fact]
    public async Task PrepareRename_PlainText_FailsWithReason()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("note.md", "# Title\n\nplain words\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.TextDocumentPrepareRename, At(uri, new Position(2, 3))));

        Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
        Assert.Contains("Nothing to rename here", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_CollidingName_FailsAndChangesNothing()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("first.md", "# First\n");
        vault.Write("Second.md", "# Second\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.TextDocumentRename, At(uri, new Position(0, 3), "second")));

        Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
        Assert.Contains("never overwrites", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(vault.FullPath("first.md")));
    }

    [Fact]
    public async Task WillRenameFiles_MovedNote_ReturnsLinkEdits()
    {
        using var vault = new TempVault();
        vault.Write("docker/images.md", "# Images\n");
        vault.Write("index.md", "See [[docker/images]] and [[images|pics]].\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());
        var files = new[] { new { oldUri = vault.UriOf("docker/images.md"), newUri = vault.UriOf("archive/images.md") } };

        JsonElement edit = await client.RequestAsync<JsonElement>(Methods.WorkspaceWillRenameFiles, new { files });
        WorkspaceEditApplier.Apply(edit);

        Assert.Equal("See [[archive/images]] and [[images|pics]].\n", File.ReadAllText(vault.FullPath("index.md")));
    }

    [Fact]
    public async Task WillRenameFiles_NoLinks_ReturnsNull()
    {
        using var vault = new TempVault();
        vault.Write("lonely.md", "# Lonely\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());
        var files = new[] { new { oldUri = vault.UriOf("lonely.md"), newUri = vault.UriOf("alone.md") } };

        JsonElement edit = await client.RequestAsync<JsonElement>(Methods.WorkspaceWillRenameFiles, new { files });

        Assert.Equal(JsonValueKind.Null, edit.ValueKind);
    }

    [Fact]
    public async Task DidRenameFiles_UpdatesVaultForLaterRequests()
    {
        using var vault = new TempVault();
        vault.Write("old-name.md", "# Old\n");
        string uri = vault.WriteNote("note.md", "[[old-name]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());
        File.Move(vault.FullPath("old-name.md"), vault.FullPath("new-name.md"));

        await client.NotifyAsync(Methods.WorkspaceDidRenameFiles, new { files = new[] { new { oldUri = vault.UriOf("old-name.md"), newUri = vault.UriOf("new-name.md") } } });
        await client.WhenServerIdleAsync();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.TextDocumentPrepareRename, At(uri, new Position(0, 4))));
        JsonElement list = await client.RequestAsync<JsonElement>(Methods.TextDocumentCompletion, new { textDocument = new { uri }, position = new Position(0, 2) });

        Assert.Contains("No note named 'old-name'", error.Message, StringComparison.Ordinal);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("label").GetString() == "new-name");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("label").GetString() == "old-name");
    }

    [Fact]
    public async Task Rename_OntoIgnoredFile_FailsAndChangesNothing()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", "ignore:\n  - taken.md\n");
        string uri = vault.WriteNote("first.md", "# First\n");
        vault.Write("taken.md", "not a note of the vault\n");
        vault.Write("linker.md", "[[first]]\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.TextDocumentRename, At(uri, new Position(0, 3), "taken")));

        Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
        Assert.Contains("A file already exists at 'taken.md'", error.Message, StringComparison.Ordinal);
        Assert.Equal("not a note of the vault\n", File.ReadAllText(vault.FullPath("taken.md")));
    }

    [Fact]
    public async Task Rename_CaseOfOwnName_IsProposed()
    {
        using var vault = new TempVault();
        string uri = vault.WriteNote("first.md", "# First\n");
        await using var client = LspTestClient.Start(output);
        await client.InitializeAsync(vault.RootUri());

        JsonElement edit = await client.RequestAsync<JsonElement>(Methods.TextDocumentRename, At(uri, new Position(0, 3), "First"));

        JsonElement rename = edit.GetProperty("documentChanges")[0];
        Assert.Equal(vault.UriOf("First.md"), rename.GetProperty("newUri").GetString());
    }
}
