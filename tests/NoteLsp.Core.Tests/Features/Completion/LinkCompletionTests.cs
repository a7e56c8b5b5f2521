using NoteLsp.Core.Features.Completion;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Tests.Features.Completion;

public class LinkCompletionTests
{
    private static readonly CompletionOptions Options = new(new DateOnly(2025, 12, 26));

    private static (CompletionList List, string Text) Complete(FeatureVault builder, string path = "current.md", CompletionOptions? options = null)
    {
        VaultSnapshot vault = builder.Build();
        Note note = vault.FindNote(path)!;
        return (CompletionService.Complete(vault, note, builder.Cursor(path), options ?? Options), note.Text.Content);
    }

    private static FeatureVault DockerVault(string current) => new FeatureVault()
        .Note("current.md", current)
        .Note("docker/docker-why-containers.md", "# Why Containers? - Docker\n\n## 🎯 TL;DR (30 seconds)\n\nShort. ^summary\n\n## Key Concepts\n")
        .Note("docker/docker-images-layers.md", "# Images and Layers - Docker\n")
        .Note("kubernetes/add-two-columns.md", "# Add two columns\n");

    [Fact]
    public void Target_AfterOpenBrackets_ListsNotesWithTitleAndFolder()
    {
        var (list, _) = Complete(DockerVault("See [[$$"));

        CompletionItem item = Assert.Single(list.Items, i => i.Label == "docker-why-containers");
        Assert.Equal(CompletionItemKind.Note, item.Kind);
        Assert.Equal("Why Containers? - Docker", item.Detail);
        Assert.Equal("docker/", item.Description);
        Assert.Equal(4, list.Items.Count);
        Assert.False(list.IsIncomplete);
    }

    [Fact]
    public void Target_Typed_InsertsNameAndClosingBrackets()
    {
        var (list, text) = Complete(DockerVault("See [[dock$$ later"));

        CompletionItem first = list.Items[0];
        Assert.Equal("docker-images-layers", first.Label);
        Assert.Equal("See [[docker-images-layers]] later", FeatureVault.Apply(text, first.ReplaceSpan, first.NewText));
        Assert.Equal("See [[docker-images-layers]] later", FeatureVault.Apply(text, first.InsertSpan, first.NewText));
    }

    [Fact]
    public void Target_ClosedLink_DoesNotAddClosingBrackets()
    {
        var (list, text) = Complete(DockerVault("See [[dock$$]] later"));

        CompletionItem item = Assert.Single(list.Items, i => i.Label == "docker-why-containers");
        Assert.Equal("docker-why-containers", item.NewText);
        Assert.Equal("See [[docker-why-containers]] later", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Target_EditingMiddleOfTarget_ReplaceSpanCoversWholeTarget()
    {
        var (list, text) = Complete(DockerVault("See [[docker-im$$ages-old#Key|shown]] later"));

        CompletionItem item = Assert.Single(list.Items, i => i.Label == "docker-images-layers");
        Assert.Equal("docker-images-layers", item.NewText);
        Assert.Equal("See [[docker-images-layers#Key|shown]] later", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
        Assert.Equal("See [[docker-images-layersages-old#Key|shown]] later", FeatureVault.Apply(text, item.InsertSpan, item.NewText));
        Assert.Equal(item.InsertSpan.Start, item.ReplaceSpan.Start);
    }

    [Fact]
    public void Target_FuzzyQuery_RanksLikelyNoteFirst()
    {
        var (list, _) = Complete(DockerVault("[[dwc$$"));

        Assert.Equal("docker-why-containers", list.Items[0].Label);
        Assert.Contains(list.Items, i => i.Label == "add-two-columns");
        Assert.DoesNotContain(list.Items, i => i.Label == "docker-images-layers");
    }

    [Fact]
    public void Target_PrefixQuery_RanksPrefixAboveSubstring()
    {
        var builder = new FeatureVault()
            .Note("current.md", "[[lay$$")
            .Note("docker-images-layers.md", "")
            .Note("layers.md", "")
            .Note("layout-basics.md", "");

        var (list, _) = Complete(builder);

        Assert.Equal(["layers", "layout-basics", "docker-images-layers"], list.Items.Select(i => i.Label));
    }

    [Fact]
    public void Target_TitleWords_MatchNote()
    {
        var (list, _) = Complete(DockerVault("[[images and$$"));

        Assert.Equal("docker-images-layers", list.Items[0].Label);
    }

    [Theory]
    [InlineData("[[cafe$$")]
    [InlineData("[[CAFÉ$$")]
    [InlineData("[[Cafe Creme$$")]
    public void Target_CaseAndAccents_AreIgnored(string current)
    {
        var builder = new FeatureVault()
            .Note("current.md", current)
            .Note("café-crème.md", "# Café crème\n")
            .Note("other.md", "");

        var (list, _) = Complete(builder);

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal("café-crème", item.Label);
        Assert.Contains("cafe-creme", item.FilterText);
    }

    [Fact]
    public void Target_DecomposedName_MatchesComposedQuery()
    {
        string decomposed = "cafe\u0301-notes";
        var builder = new FeatureVault()
            .Note("current.md", "[[caf\u00E9$$")
            .Note(decomposed + ".md", "");

        var (list, _) = Complete(builder);

        Assert.Equal(decomposed, Assert.Single(list.Items).Label);
    }

    [Fact]
    public void Target_Alias_InsertsTargetAndAlias()
    {
        var builder = new FeatureVault()
            .Note("current.md", "Read [[contai$$ now")
            .Note("docker-why-containers.md", "---\naliases: [Containerization]\n---\n# Why Containers? - Docker\n");

        var (list, text) = Complete(builder);

        CompletionItem alias = Assert.Single(list.Items, i => i.Kind == CompletionItemKind.Alias);
        Assert.Equal("Containerization", alias.Label);
        Assert.Equal("alias of docker-why-containers", alias.Detail);
        Assert.Equal("Read [[docker-why-containers|Containerization]] now", FeatureVault.Apply(text, alias.ReplaceSpan, alias.NewText));
        Assert.Contains(list.Items, i => i.Kind == CompletionItemKind.Note && i.Label == "docker-why-containers");
    }

    [Fact]
    public void Target_AliasIntoLinkWithAlias_ReplacesOldAlias()
    {
        var builder = new FeatureVault()
            .Note("current.md", "Read [[contai$$|old text]] now")
            .Note("docker-why-containers.md", "---\naliases: [Containerization]\n---\n");

        var (list, text) = Complete(builder);

        CompletionItem alias = Assert.Single(list.Items, i => i.Kind == CompletionItemKind.Alias);
        Assert.Equal("Read [[docker-why-containers|Containerization]] now", FeatureVault.Apply(text, alias.ReplaceSpan, alias.NewText));
    }

    [Fact]
    public void Target_AfterEmoji_SpansCountUtf16Units()
    {
        var (list, text) = Complete(DockerVault("🎯 [[docker-why$$"));

        CompletionItem item = list.Items[0];
        Assert.Equal(5, item.ReplaceSpan.Start);
        Assert.Equal(new LinePosition(0, 5), SourceText.From(text).GetLinePosition(item.ReplaceSpan.Start));
        Assert.Equal("🎯 [[docker-why-containers]]", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Target_CrlfNote_SpansStayOnCursorLine()
    {
        var (list, text) = Complete(DockerVault("# Title\r\n\r\nSee [[images$$\r\nnext line\r\n"));

        CompletionItem item = list.Items[0];
        Assert.Equal("# Title\r\n\r\nSee [[docker-images-layers]]\r\nnext line\r\n", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Target_PathQuery_InsertsPath()
    {
        var (list, text) = Complete(DockerVault("[[docker/ima$$"));

        CompletionItem item = list.Items[0];
        Assert.Equal("docker-images-layers", item.Label);
        Assert.Equal("[[docker/docker-images-layers]]", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Target_NameSharedByTwoNotes_InsertsPaths()
    {
        var builder = new FeatureVault()
            .Note("current.md", "[[readme$$")
            .Note("docker/readme.md", "")
            .Note("k8s/readme.md", "");

        var (list, _) = Complete(builder);

        Assert.Equal(["docker/readme]]", "k8s/readme]]"], list.Items.Select(i => i.NewText).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Target_SameScore_PrefersCurrentFolderThenLinkedNotes()
    {
        var builder = new FeatureVault()
            .Note("work/current.md", "[[note-$$")
            .Note("note-b.md", "")
            .Note("note-c.md", "")
            .Note("work/note-a.md", "")
            .Note("linker.md", "[[note-c]]");

        var (list, _) = Complete(builder, "work/current.md");

        Assert.Equal(["note-a", "note-c", "note-b"], list.Items.Select(i => i.Label));
    }

    [Fact]
    public void Target_CurrentNote_ComesLastAmongEqualMatches()
    {
        var builder = new FeatureVault()
            .Note("topic-a.md", "[[topic-$$")
            .Note("topic-b.md", "");

        var (list, _) = Complete(builder, "topic-a.md");

        Assert.Equal(["topic-b", "topic-a"], list.Items.Select(i => i.Label));
    }

    [Fact]
    public void Target_Embed_IncludesAttachments()
    {
        var builder = DockerVault("![[arch$$").Attachment("img/architecture.png");

        var (list, text) = Complete(builder);

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal(CompletionItemKind.Attachment, item.Kind);
        Assert.Equal("![[architecture.png]]", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Target_PlainLink_ExcludesAttachments()
    {
        var (list, _) = Complete(DockerVault("[[arch$$").Attachment("img/architecture.png"));

        Assert.DoesNotContain(list.Items, i => i.Kind == CompletionItemKind.Attachment);
    }

    [Fact]
    public void Target_ManyMatches_CapsListAndMarksIncomplete()
    {
        var builder = new FeatureVault().Note("current.md", "[[note$$");
        for (int i = 0; i < 250; i++)
        {
            builder.Note($"notes/note-{i:D3}.md", "");
        }

        var (list, _) = Complete(builder);

        Assert.Equal(CompletionOptions.DefaultMaxItems, list.Items.Count);
        Assert.True(list.IsIncomplete);
        Assert.Equal(list.Items.Select(i => i.SortText).Order(StringComparer.Ordinal), list.Items.Select(i => i.SortText));
    }

    [Fact]
    public void Target_CancelledToken_Throws()
    {
        var builder = new FeatureVault().Note("current.md", "[[note$$");
        for (int i = 0; i < 2000; i++)
        {
            builder.Note($"note-{i}.md", "");
        }

        VaultSnapshot vault = builder.Build();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            CompletionService.Complete(vault, vault.FindNote("current.md")!, builder.Cursor("current.md"), Options, cancellation.Token));
    }

    [Theory]
    [InlineData("`code [[dock$$`")]
    [InlineData("[[docker-images-layers]] and more$$")]
    [InlineData("plain text$$")]
    [InlineData("[$$")]
    public void Target_OutsideLink_ReturnsNothing(string current)
    {
        var (list, _) = Complete(DockerVault(current));

        Assert.Empty(list.Items);
    }

    [Fact]
    public void Target_SecondLinkOnLine_UsesLinkAtCursor()
    {
        var (list, text) = Complete(DockerVault("[[docker-images-layers]] and [[why$$"));

        CompletionItem item = list.Items[0];
        Assert.Equal("[[docker-images-layers]] and [[docker-why-containers]]", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Heading_AfterHash_ListsTargetHeadings()
    {
        var (list, text) = Complete(DockerVault("See [[docker-why-containers#$$"));

        Assert.Equal(["Why Containers? - Docker", "🎯 TL;DR (30 seconds)", "Key Concepts"], list.Items.Select(i => i.Label));
        CompletionItem item = list.Items[1];
        Assert.Equal(CompletionItemKind.Heading, item.Kind);
        Assert.Equal("See [[docker-why-containers#🎯 TL;DR (30 seconds)]]", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Heading_Typed_FiltersAndKeepsAlias()
    {
        var (list, text) = Complete(DockerVault("See [[docker-why-containers#key$$|shown]]"));

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal("See [[docker-why-containers#Key Concepts|shown]]", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Heading_LinkWithoutTarget_ListsCurrentNoteHeadings()
    {
        var (list, text) = Complete(DockerVault("# Mine\n\n## Part [one] #2\n\nSee [[#$$"));

        Assert.Equal(["Mine", "Part [one] #2"], list.Items.Select(i => i.Label));
        Assert.Equal("Part one 2]]", list.Items[1].NewText);
        Assert.EndsWith("[[#Part one 2]]", FeatureVault.Apply(text, list.Items[1].ReplaceSpan, list.Items[1].NewText), StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_UnknownTarget_ReturnsNothing()
    {
        var (list, _) = Complete(DockerVault("[[missing-note#$$"));

        Assert.Empty(list.Items);
    }

    [Fact]
    public void Block_AfterCaret_ListsBlockIds()
    {
        var (list, text) = Complete(DockerVault("[[docker-why-containers#^$$]]"));

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal(CompletionItemKind.Block, item.Kind);
        Assert.Equal("summary", item.Label);
        Assert.Equal("Short.", item.Detail);
        Assert.Equal("[[docker-why-containers#^summary]]", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText));
    }

    [Fact]
    public void Block_CurrentNote_ListsOwnBlockIds()
    {
        var (list, text) = Complete(DockerVault("A fact. ^fact-1\n\nSee [[#^f$$"));

        CompletionItem item = Assert.Single(list.Items);
        Assert.EndsWith("[[#^fact-1]]", FeatureVault.Apply(text, item.ReplaceSpan, item.NewText), StringComparison.Ordinal);
    }

    [Fact]
    public void Alias_AfterPipe_ListsAliasesAndTitle()
    {
        var builder = new FeatureVault()
            .Note("current.md", "[[docker-why-containers|$$]]")
            .Note("docker-why-containers.md", "---\naliases: [Containerization]\n---\n# Why Containers? - Docker\n");

        var (list, text) = Complete(builder);

        Assert.Equal(["Containerization", "Why Containers? - Docker"], list.Items.Select(i => i.Label));
        Assert.Equal("[[docker-why-containers|Containerization]]", FeatureVault.Apply(text, list.Items[0].ReplaceSpan, list.Items[0].NewText));
    }

    [Fact]
    public void Target_FolderQueryWithTrailingSlash_ListsNotesInFolder()
    {
        var (list, text) = Complete(DockerVault("See [[docker/$$"));

        Assert.Equal(["docker-images-layers", "docker-why-containers"], list.Items.Select(i => i.Label));
        Assert.Equal("See [[docker/docker-images-layers]]", FeatureVault.Apply(text, list.Items[0].ReplaceSpan, list.Items[0].NewText));
    }

    [Fact]
    public void Target_AliasInTableRow_EscapesPipe()
    {
        var builder = new FeatureVault()
            .Note("current.md", "| Topic | Link |\n|---|---|\n| A | [[contai$$ |\n")
            .Note("docker-why-containers.md", "---\naliases: [Containerization]\n---\n");

        var (list, text) = Complete(builder);

        CompletionItem alias = Assert.Single(list.Items, i => i.Kind == CompletionItemKind.Alias);
        Assert.Equal("| Topic | Link |\n|---|---|\n| A | [[docker-why-containers\\|Containerization]] |\n", FeatureVault.Apply(text, alias.ReplaceSpan, alias.NewText));
    }
}
