using NoteLsp.Core.Checks;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Features.Completion;
using NoteLsp.Core.Features.Rename;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features;

/// <summary>Completion and rename on a copy of examples/vault, read from disk by the vault loader.</summary>
public sealed class ExampleVaultFeatureTests : IDisposable
{
    private readonly TempVault _vault = new();

    public ExampleVaultFeatureTests()
    {
        string source = Path.Combine(RepositoryRoot(), "examples", "vault");
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file).Replace(Path.DirectorySeparatorChar, '/');
            _vault.WriteBytes(relative, File.ReadAllBytes(file));
        }
    }

    public void Dispose() => _vault.Dispose();

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

    /// <summary>Returns the vault with <paramref name="text"/> appended to the note at <paramref name="path"/>, and the offset after it.</summary>
    private (VaultSnapshot Vault, Note Note, int Cursor) Type(string path, string text)
    {
        VaultSnapshot vault = VaultLoader.Load(_vault.RootPath);
        Note original = vault.FindNote(path)!;
        Note edited = NoteParser.Parse(path, SourceText.From(original.Text.Content + text));
        return (vault.WithNote(edited), edited, edited.Text.Length);
    }

    [Fact]
    public void Completion_ExampleVault_ProposesRealNotesAndHeadings()
    {
        var (vault, note, cursor) = Type("docker-compose-services.md", "\nSee [[why-cont");
        CompletionList notes = CompletionService.Complete(vault, note, cursor, new CompletionOptions(new DateOnly(2026, 12, 4)));
        (vault, note, cursor) = Type("docker-compose-services.md", "\nSee [[docker-why-containers#tl");
        CompletionList headings = CompletionService.Complete(vault, note, cursor, new CompletionOptions(new DateOnly(2026, 12, 4)));

        Assert.Equal("docker-why-containers", notes.Items[0].Label);
        Assert.Equal("Why Containers? - Docker", notes.Items[0].Detail);
        Assert.Equal("🎯 TL;DR (30 seconds)", headings.Items[0].Label);
    }

    [Fact]
    public void Completion_ExampleVaultTags_ProposesTagsOfOtherNotes()
    {
        VaultSnapshot vault = VaultLoader.Load(_vault.RootPath);
        Note note = vault.FindNote("docker-why-containers.md")!;
        int cursor = note.Text.Content.IndexOf("tags: [", StringComparison.Ordinal) + "tags: [".Length;

        CompletionList list = CompletionService.Complete(vault, note, cursor, new CompletionOptions(new DateOnly(2026, 12, 4)));

        Assert.Contains(list.Items, i => i.Label == "kubernetes" && i.Kind == CompletionItemKind.Tag);
        Assert.Contains(list.Items, i => i.Label == "status/learning" && i.Detail == "3 notes");
        Assert.DoesNotContain(list.Items, i => i.Label == "docker");
    }

    [Fact]
    public void RenameNote_ExampleVault_AddsNoDiagnostics()
    {
        VaultSnapshot before = VaultLoader.Load(_vault.RootPath);
        var options = new CheckOptions(new DateOnly(2026, 12, 4));
        string[] codesBefore = NoteChecker.CheckAll(before, options).SelectMany(r => r.Diagnostics).Select(d => d.Code).Order(StringComparer.Ordinal).ToArray();

        RenameResult result = RenameService.RenameNote(before, "docker-why-containers.md", "why-containers");
        VaultEditResult applied = VaultEditApplier.Apply(_vault.RootPath, result.Edit!);
        VaultSnapshot after = VaultLoader.Load(_vault.RootPath);
        string[] codesAfter = NoteChecker.CheckAll(after, options).SelectMany(r => r.Diagnostics).Select(d => d.Code).Order(StringComparer.Ordinal).ToArray();

        Assert.True(applied.Succeeded, applied.Error);
        Assert.NotNull(after.FindNote("why-containers.md"));
        Assert.Null(after.FindNote("docker-why-containers.md"));
        Assert.Equal(codesBefore, codesAfter);
        Assert.Contains("[[why-containers#💻 Minimal Example]]", File.ReadAllText(_vault.FullPath("docker-dockerfile-basics.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void RenameNote_CancelledToken_Throws()
    {
        VaultSnapshot vault = VaultLoader.Load(_vault.RootPath);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => RenameService.RenameNote(vault, "docker-why-containers.md", "why-containers", cancellation.Token));
    }
}
