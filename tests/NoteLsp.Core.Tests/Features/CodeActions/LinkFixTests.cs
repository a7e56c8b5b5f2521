using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Templates;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features.CodeActions;

public sealed class LinkFixTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Fact]
    public void BrokenLink_Misspelt_SuggestsClosestNotes()
    {
        using var vault = new TempVault();
        vault.Write("docker-images-layers.md", "# Images\n");
        vault.Write("docker-image-tags.md", "# Tags\n");
        vault.Write("kubernetes-pods.md", "# Pods\n");
        vault.Write("source.md", "# Source\n\nSee [[docker-image-layers]].\n");

        IReadOnlyList<CodeAction> actions = Actions(vault, "source.md");
        string[] titles = actions.Where(a => a.Title.StartsWith("Change to", StringComparison.Ordinal)).Select(a => a.Title).ToArray();

        Assert.Equal(["Change to 'docker-images-layers'", "Change to 'docker-image-tags'"], titles);
        vault.Apply(actions.First(a => a.Title == "Change to 'docker-images-layers'").Edit!);
        Assert.Equal("# Source\n\nSee [[docker-images-layers]].\n", vault.Read("source.md"));
    }

    [Fact]
    public void BrokenLink_ManyCloseNotes_SuggestsAtMostThree()
    {
        using var vault = new TempVault();
        vault.Write("a/setup.md", "# A\n");
        vault.Write("b/setup.md", "# B\n");
        vault.Write("c/setup.md", "# C\n");
        vault.Write("d/setup.md", "# D\n");
        vault.Write("setups.md", "# Setups\n");
        vault.Write("source.md", "# Source\n\nSee [[setpu]].\n");

        IReadOnlyList<CodeAction> actions = Actions(vault, "source.md");
        string[] titles = actions.Where(a => a.Title.StartsWith("Change to", StringComparison.Ordinal)).Select(a => a.Title).ToArray();

        Assert.Equal(["Change to 'a/setup'", "Change to 'b/setup'", "Change to 'c/setup'"], titles);
    }

    [Fact]
    public void BrokenLink_DiffersInAccentsAndCase_SuggestsNoteFirst()
    {
        using var vault = new TempVault();
        vault.Write("Café-Culture.md", "# Café\n");
        vault.Write("source.md", "# Source\n\nSee [[cafe_culture|the café]].\n");

        IReadOnlyList<CodeAction> actions = Actions(vault, "source.md");
        CodeAction fix = actions.First(a => a.Title.StartsWith("Change to", StringComparison.Ordinal));
        vault.Apply(fix.Edit!);

        Assert.Equal("Change to 'Café-Culture'", fix.Title);
        Assert.Equal("# Source\n\nSee [[Café-Culture|the café]].\n", vault.Read("source.md"));
    }

    [Fact]
    public void AmbiguousLink_RewritesToShortestUnambiguousPath()
    {
        using var vault = new TempVault();
        vault.Write("work/docker/setup.md", "# Setup\n");
        vault.Write("home/docker/setup.md", "# Setup\n");
        vault.Write("home/other/notes.md", "# Notes\n");
        vault.Write("index.md", "# Index\n\nSee [[setup#Setup]].\n");

        IReadOnlyList<CodeAction> actions = Actions(vault, "index.md");
        string[] titles = actions.Select(a => a.Title).ToArray();
        vault.Apply(actions.Single(a => a.Title == "Link to 'work/docker/setup'").Edit!);

        Assert.Equal(["Link to 'home/docker/setup'", "Link to 'work/docker/setup'"], titles.Order(StringComparer.Ordinal));
        Assert.Equal("# Index\n\nSee [[work/docker/setup#Setup]].\n", vault.Read("index.md"));
        Assert.Empty(ActionTestVault.CheckLinks(vault.Load(), "index.md", Today));
    }

    [Fact]
    public void AliasUsedAsTarget_RewritesToTargetWithAlias()
    {
        using var vault = new TempVault();
        vault.Write("docker-images-layers.md", "---\naliases: [Image Layers]\n---\n# Images\n\n## Cache\n");
        vault.Write("index.md", "# Index\n\nSee [[Image Layers]] and [[Image Layers#Cache|the cache]].\n\n| a | b |\n|---|---|\n| [[Image Layers]] | x |\n");

        VaultSnapshot snapshot = vault.Load();
        Note note = snapshot.FindNote("index.md")!;
        var service = new CodeActionService(TemplateCatalog.Default);
        IReadOnlyList<NoteDiagnostic> diagnostics = ActionTestVault.CheckLinks(snapshot, note.Path, Today);
        var edits = new List<NoteLsp.Core.Edits.VaultEdit>();
        foreach (NoteDiagnostic diagnostic in diagnostics)
        {
            var request = new CodeActionRequest(snapshot, note, diagnostic.Span, [diagnostic], Today);
            edits.Add(Assert.Single(service.GetActions(request, CancellationToken.None)).Edit!);
        }

        // Each edit's spans refer to the original text, so they are merged into one edit of the note.
        vault.Apply(new NoteLsp.Core.Edits.VaultEdit([new NoteLsp.Core.Edits.NoteTextEdits("index.md", edits.SelectMany(e => ((NoteLsp.Core.Edits.NoteTextEdits)e.Operations[0]).Edits).ToArray())]));

        Assert.Equal(3, diagnostics.Count);
        Assert.Equal(
            "# Index\n\nSee [[docker-images-layers|Image Layers]] and [[docker-images-layers#Cache|the cache]].\n\n| a | b |\n|---|---|\n| [[docker-images-layers\\|Image Layers]] | x |\n",
            vault.Read("index.md"));
        Assert.Empty(ActionTestVault.CheckLinks(vault.Load(), "index.md", Today));
    }

    [Fact]
    public void BrokenHeading_Misspelt_SuggestsClosestHeading()
    {
        using var vault = new TempVault();
        vault.Write("target.md", "# Target\n\n## Image Layers\n\n## Volumes\n");
        vault.Write("source.md", "# Source\n\nSee [[target#Image Layer]].\n");

        IReadOnlyList<CodeAction> actions = Actions(vault, "source.md");
        vault.Apply(actions.Single(a => a.Title == "Change to '#Image Layers'").Edit!);

        Assert.Contains(actions, a => a.Title == "Add heading 'Image Layer' to 'target'");
        Assert.Equal("# Source\n\nSee [[target#Image Layers]].\n", vault.Read("source.md"));
    }

    [Fact]
    public void GetActions_SpanAwayFromDiagnostics_ReturnsNothing()
    {
        using var vault = new TempVault();
        vault.Write("source.md", "# Source\n\nSee [[missing]].\n");
        VaultSnapshot snapshot = vault.Load();
        Note note = snapshot.FindNote("source.md")!;
        var request = new CodeActionRequest(snapshot, note, new TextSpan(0, 3), ActionTestVault.CheckLinks(snapshot, note.Path, Today), Today);

        Assert.Empty(new CodeActionService(TemplateCatalog.Default).GetActions(request, CancellationToken.None));
    }

    [Fact]
    public void GetActions_Cancelled_Throws()
    {
        using var vault = new TempVault();
        vault.Write("source.md", "# Source\n\nSee [[missing]].\n");
        VaultSnapshot snapshot = vault.Load();
        Note note = snapshot.FindNote("source.md")!;
        var request = new CodeActionRequest(snapshot, note, new TextSpan(0, note.Text.Length), ActionTestVault.Check(snapshot, note.Path, Today), Today);

        Assert.Throws<OperationCanceledException>(() => new CodeActionService(TemplateCatalog.Default).GetActions(request, new CancellationToken(canceled: true)));
    }

    private static IReadOnlyList<CodeAction> Actions(TempVault vault, string notePath)
    {
        VaultSnapshot snapshot = vault.Load();
        Note note = snapshot.FindNote(notePath)!;
        var request = new CodeActionRequest(snapshot, note, new TextSpan(0, note.Text.Length), NoteChecker.Check(snapshot, note, new CheckOptions(Today)), Today);
        return new CodeActionService(TemplateCatalog.Default).GetActions(request, CancellationToken.None);
    }
}
