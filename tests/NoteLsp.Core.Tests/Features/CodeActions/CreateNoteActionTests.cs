using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Templates;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features.CodeActions;

public sealed class CreateNoteActionTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private const string SampleNote = "docker-why-containers.md";

    public static TheoryData<string> MissingNotes => new()
    {
        "docker-containers-lifecycle",
        "docker-images-layers",
        "docker-volumes-persistence",
        "2025-12-glasck-deployment/learnings",
    };

    [Theory]
    [MemberData(nameof(MissingNotes))]
    public void CreateNote_SampleNoteLink_CreatesNoteThatChecksClean(string target)
    {
        using var vault = new TempVault();
        vault.Write(SampleNote, ActionTestVault.SampleNoteText);
        VaultSnapshot snapshot = vault.Load();

        CodeAction action = GetCreateAction(snapshot, SampleNote, target);
        VaultEditResult result = vault.Apply(action.Edit!);

        Assert.True(result.Succeeded, result.Error);
        string path = target + ".md";
        Assert.Equal([path], result.Created);
        VaultSnapshot after = vault.Load();
        IReadOnlyList<NoteDiagnostic> diagnostics = ActionTestVault.Check(after, path, Today);
        Assert.Empty(diagnostics);
        Assert.Contains("**Related to**: [[docker-why-containers]]", vault.Read(path), StringComparison.Ordinal);
        Assert.Contains(path, after.FindLinkers("docker-why-containers"));
        Assert.DoesNotContain(
            ActionTestVault.Check(after, SampleNote, Today),
            d => d.Code == DiagnosticCodes.BrokenLink.Code && d.Data!["target"] == target);
    }

    [Fact]
    public void CreateNote_DockerImagesLayers_MatchesGoldenNote()
    {
        using var vault = new TempVault();
        vault.Write(SampleNote, ActionTestVault.SampleNoteText);

        CodeAction action = GetCreateAction(vault.Load(), SampleNote, "docker-images-layers");
        vault.Apply(action.Edit!);

        string expected = File.ReadAllText(Path.Combine(ActionTestVault.RepositoryRoot, "tests", "NoteLsp.Core.Tests", "Templates", "Golden", "docker-images-layers.md"));
        Assert.Equal(expected, vault.Read("docker-images-layers.md"));
        Assert.Equal("Create note 'docker-images-layers'", action.Title);
        Assert.Equal(CodeActionKinds.QuickFix, action.Kind);
        Assert.True(action.IsPreferred);
    }

    [Fact]
    public void CreateNote_LinkWithHeadingAndAlias_DropsBothFromPath()
    {
        using var vault = new TempVault();
        vault.Write("source.md", "# Source\n\nSee [[docker/images-layers#Layers|the layers]].\n");

        CodeAction action = GetCreateAction(vault.Load(), "source.md", "docker/images-layers");
        VaultEditResult result = vault.Apply(action.Edit!);

        Assert.Equal(["docker/images-layers.md"], result.Created);
        Assert.StartsWith("# Images Layers\n", vault.Read("docker/images-layers.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/notes")]
    [InlineData("~/notes/x")]
    [InlineData("diagram.png")]
    [InlineData("paper.pdf")]
    [InlineData("con")]
    [InlineData("what?")]
    [InlineData("trailing.")]
    [InlineData(".hidden")]
    [InlineData("a<b")]
    public void CreateNote_TargetThatCannotBeANote_OffersNoAction(string target)
    {
        using var vault = new TempVault();
        vault.Write("folder/source.md", $"# Source\n\nSee [[{target}]].\n");
        VaultSnapshot snapshot = vault.Load();
        Note note = snapshot.FindNote("folder/source.md")!;

        IReadOnlyList<CodeAction> actions = GetActions(snapshot, note);

        Assert.DoesNotContain(actions, a => a.Title.StartsWith("Create note", StringComparison.Ordinal));
        Assert.Equal(["folder/source.md"], vault.Files());
    }

    [Fact]
    public void CreateNote_RelativeTarget_CreatesBesideSourceNote()
    {
        using var vault = new TempVault();
        vault.Write("projects/plan.md", "# Plan\n\nSee [[./tasks]] and [[../ideas]].\n");
        VaultSnapshot snapshot = vault.Load();

        CodeAction tasks = GetCreateAction(snapshot, "projects/plan.md", "./tasks");
        CodeAction ideas = GetCreateAction(snapshot, "projects/plan.md", "../ideas");

        Assert.Equal("projects/tasks.md", Assert.IsType<CreateFile>(tasks.Edit!.Operations[0]).Path);
        Assert.Equal("ideas.md", Assert.IsType<CreateFile>(ideas.Edit!.Operations[0]).Path);
    }

    [Fact]
    public void CreateNote_MissingHeadingInExistingNote_OffersAddHeadingInstead()
    {
        using var vault = new TempVault();
        vault.Write("source.md", "# Source\n\nSee [[target#Layers]].\n");
        vault.Write("target.md", "# Target\n\nText.");
        VaultSnapshot snapshot = vault.Load();

        IReadOnlyList<CodeAction> actions = GetActions(snapshot, snapshot.FindNote("source.md")!);

        Assert.DoesNotContain(actions, a => a.Title.StartsWith("Create note", StringComparison.Ordinal));
        CodeAction add = Assert.Single(actions, a => a.Title == "Add heading 'Layers' to 'target'");
        vault.Apply(add.Edit!);
        Assert.Equal("# Target\n\nText.\n\n## Layers\n", vault.Read("target.md"));
        Assert.Empty(ActionTestVault.CheckLinks(vault.Load(), "source.md", Today));
    }

    [Fact]
    public void CreateNote_DeferredEdit_ResolvesToSameEdit()
    {
        using var vault = new TempVault();
        vault.Write(SampleNote, ActionTestVault.SampleNoteText);
        VaultSnapshot snapshot = vault.Load();
        Note note = snapshot.FindNote(SampleNote)!;
        var service = new CodeActionService(TemplateCatalog.Default);
        var request = new CodeActionRequest(snapshot, note, new TextSpan(0, note.Text.Length), Diagnostics(snapshot, note), Today, DeferEdits: true);

        CodeAction deferred = service.GetActions(request, CancellationToken.None).First(a => a.Title == "Create note 'docker-images-layers'");
        CodeAction resolved = service.Resolve(snapshot, deferred, Today, CancellationToken.None);

        Assert.Null(deferred.Edit);
        Assert.NotNull(deferred.ResolveData);
        CodeAction eager = GetCreateAction(snapshot, SampleNote, "docker-images-layers");
        Assert.Equal(Describe(eager.Edit!), Describe(resolved.Edit!));
    }

    [Fact]
    public void CreateNote_DeferredEditAfterNoteAppeared_ResolvesToNoEdit()
    {
        using var vault = new TempVault();
        vault.Write(SampleNote, ActionTestVault.SampleNoteText);
        VaultSnapshot snapshot = vault.Load();
        Note note = snapshot.FindNote(SampleNote)!;
        var service = new CodeActionService(TemplateCatalog.Default);
        var request = new CodeActionRequest(snapshot, note, new TextSpan(0, note.Text.Length), Diagnostics(snapshot, note), Today, DeferEdits: true);
        CodeAction deferred = service.GetActions(request, CancellationToken.None).First(a => a.Title == "Create note 'docker-images-layers'");

        vault.Write("Docker-Images-Layers.md", "# Already here\n");
        CodeAction resolved = service.Resolve(vault.Load(), deferred, Today, CancellationToken.None);

        Assert.Null(resolved.Edit);
    }

    [Fact]
    public void CreateNote_TemplateRuleWithFileName_RenamesNoteAndUpdatesLink()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", """
            templates:
              rules:
                - folder: "journal/**"
                  template: daily
                  file-name: "{{date}}-{{name}}"
            """);
        vault.Write(".notelsp/templates/daily.md", "# {{title}} ({{date:D MMMM YYYY}})\n\nFrom [[{{source}}]].\n");
        vault.Write("index.md", "# Index\n\n- [[journal/standup|Today's standup]]\n");
        VaultSnapshot snapshot = vault.Load();
        var service = new CodeActionService(TemplateCatalog.Load(vault.RootPath, snapshot.Config.Templates));
        Note note = snapshot.FindNote("index.md")!;

        CodeAction action = service.GetActions(new CodeActionRequest(snapshot, note, new TextSpan(0, note.Text.Length), Diagnostics(snapshot, note), Today), CancellationToken.None)
            .Single(a => a.Title.StartsWith("Create note", StringComparison.Ordinal));
        VaultEditResult result = vault.Apply(action.Edit!);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["journal/2026-12-04-standup.md"], result.Created);
        Assert.Equal("# Standup (4 December 2026)\n\nFrom [[index]].\n", vault.Read("journal/2026-12-04-standup.md"));
        Assert.Equal("# Index\n\n- [[journal/2026-12-04-standup|Today's standup]]\n", vault.Read("index.md"));
        Assert.Empty(ActionTestVault.CheckLinks(vault.Load(), "index.md", Today));
    }

    [Fact]
    public void CreateNote_SourceKindHasVaultTemplate_UsesIt()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp/templates/project.md", "---\ntags: [project]\n---\n# {{title}}\n\nPart of [[{{source}}]].\n");
        vault.Write("launch.md", "---\ntags: [project]\n---\n# Launch\n\nSee [[launch-checklist]].\n");
        VaultSnapshot snapshot = vault.Load();
        var service = new CodeActionService(TemplateCatalog.Load(vault.RootPath, snapshot.Config.Templates));
        Note note = snapshot.FindNote("launch.md")!;

        CodeAction action = service.GetActions(new CodeActionRequest(snapshot, note, new TextSpan(0, note.Text.Length), Diagnostics(snapshot, note), Today), CancellationToken.None)
            .Single(a => a.Title.StartsWith("Create note", StringComparison.Ordinal));
        vault.Apply(action.Edit!);

        Assert.Equal("---\ntags: [project]\n---\n# Launch Checklist\n\nPart of [[launch]].\n", vault.Read("launch-checklist.md"));
    }

    [Fact]
    public void CreateNote_NewNoteFolderAndSlugConfigured_CreatesSluggedNoteInFolder()
    {
        using var vault = new TempVault();
        vault.Write(".notelsp.yaml", "templates:\n  new-note-folder: inbox\n  slug: true\n");
        vault.Write("index.md", "# Index\n\nSee [[Docker Images]].\n");
        VaultSnapshot snapshot = vault.Load();
        var service = new CodeActionService(TemplateCatalog.Load(vault.RootPath, snapshot.Config.Templates));
        Note note = snapshot.FindNote("index.md")!;

        CodeAction action = service.GetActions(new CodeActionRequest(snapshot, note, new TextSpan(0, note.Text.Length), Diagnostics(snapshot, note), Today), CancellationToken.None)
            .Single(a => a.Title.StartsWith("Create note", StringComparison.Ordinal));
        vault.Apply(action.Edit!);

        Assert.Equal("Create note 'inbox/docker-images'", action.Title);
        Assert.True(vault.Exists("inbox/docker-images.md"));
        Assert.Equal("# Index\n\nSee [[docker-images|Docker Images]].\n", vault.Read("index.md"));
    }

    private static CodeAction GetCreateAction(VaultSnapshot snapshot, string notePath, string target)
    {
        Note note = snapshot.FindNote(notePath)!;
        WikiLink link = note.Links.First(l => l.Target == target);
        IReadOnlyList<CodeAction> actions = GetActions(snapshot, note, link.TargetSpan);
        return actions.Single(a => a.Title.StartsWith("Create note", StringComparison.Ordinal));
    }

    private static IReadOnlyList<CodeAction> GetActions(VaultSnapshot snapshot, Note note, TextSpan? span = null)
    {
        var service = new CodeActionService(TemplateCatalog.Default);
        var request = new CodeActionRequest(snapshot, note, span ?? new TextSpan(0, note.Text.Length), Diagnostics(snapshot, note), Today);
        return service.GetActions(request, CancellationToken.None);
    }

    private static IReadOnlyList<NoteDiagnostic> Diagnostics(VaultSnapshot snapshot, Note note) =>
        ActionTestVault.Check(snapshot, note.Path, Today);

    private static string Describe(VaultEdit edit) => string.Join("\n", edit.Operations.Select(o => o switch
    {
        CreateFile create => $"create {create.Path}\n{create.Text}",
        NoteTextEdits edits => $"edit {edits.NotePath} " + string.Join(";", edits.Edits.Select(e => $"{e.Span}={e.NewText}")),
        _ => o.ToString(),
    }));
}
