using NoteLsp.Core.Config;
using NoteLsp.Core.Features.Rename;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Tests.Features.Rename;

public class RenameAtPositionTests
{
    private static (VaultSnapshot Vault, Note Note, int Cursor, Dictionary<string, string> Texts) Build(string current, params (string Path, string Text)[] others)
    {
        var builder = new FeatureVault().Note("current.md", current);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in others)
        {
            builder.Note(path, text);
            texts[path] = text;
        }

        VaultSnapshot vault = builder.Build();
        Note note = vault.FindNote("current.md")!;
        texts["current.md"] = note.Text.Content;
        return (vault, note, builder.Cursor("current.md"), texts);
    }

    [Theory]
    [InlineData("See [[dock$$er-images]].")]
    [InlineData("See [[$$docker-images]].")]
    [InlineData("See [[docker-images$$]].")]
    [InlineData("See [[docker-images$$|alias]].")]
    [InlineData("See ![[docker-im$$ages#Layers]].")]
    public void Prepare_OnLinkTarget_TargetsNote(string current)
    {
        var (vault, note, cursor, _) = Build(current, ("docker/docker-images.md", "# Images\n\n## Layers\n"));

        PrepareRenameResult result = RenameService.PrepareRename(vault, note, cursor);

        RenameTarget target = result.Target!;
        Assert.Equal(RenameKind.Note, target.Kind);
        Assert.Equal("docker-images", target.Placeholder);
        Assert.Equal("docker/docker-images.md", target.NotePath);
        Assert.Equal("docker-images", note.Text.GetText(target.Span));
    }

    [Fact]
    public void Prepare_PathQualifiedTarget_SpanCoversNameOnly()
    {
        var (vault, note, cursor, _) = Build("See [[docker/docker-im$$ages.md]].", ("docker/docker-images.md", ""));

        RenameTarget target = RenameService.PrepareRename(vault, note, cursor).Target!;

        Assert.Equal("docker-images", note.Text.GetText(target.Span));
        Assert.Equal(new LinePosition(0, 13), note.Text.GetLinePosition(target.Span.Start));
    }

    [Fact]
    public void Prepare_OnTitle_TargetsCurrentNote()
    {
        var (vault, note, cursor, _) = Build("# 🎯 My Ti$$tle\n\n## Part\n");

        RenameTarget target = RenameService.PrepareRename(vault, note, cursor).Target!;

        Assert.Equal(RenameKind.Note, target.Kind);
        Assert.Equal("current", target.Placeholder);
        Assert.Equal("🎯 My Title", note.Text.GetText(target.Span));
    }

    [Fact]
    public void Prepare_OnOtherHeading_TargetsHeading()
    {
        var (vault, note, cursor, _) = Build("# Title\n\n## Pa$$rt one\n");

        RenameTarget target = RenameService.PrepareRename(vault, note, cursor).Target!;

        Assert.Equal(RenameKind.Heading, target.Kind);
        Assert.Equal("Part one", target.Placeholder);
        Assert.Equal("Part one", note.Text.GetText(target.Span));
    }

    [Fact]
    public void Prepare_OnLinkHeading_TargetsHeadingOfTargetNote()
    {
        var (vault, note, cursor, _) = Build("See [[docker-images#La$$yers|x]].", ("docker-images.md", "# Images\n\n## Layers\n"));

        RenameTarget target = RenameService.PrepareRename(vault, note, cursor).Target!;

        Assert.Equal(RenameKind.Heading, target.Kind);
        Assert.Equal("docker-images.md", target.NotePath);
        Assert.Equal("Layers", target.Placeholder);
        Assert.Equal("Layers", note.Text.GetText(target.Span));
    }

    [Theory]
    [InlineData("Plain te$$xt.", "Nothing to rename here")]
    [InlineData("See [[missi$$ng]].", "No note named 'missing' exists")]
    [InlineData("See [[docker-images|ali$$as]].", "alias is display text")]
    [InlineData("See [[docker-images#^blo$$ck]].", "Block ids cannot be renamed")]
    [InlineData("See [[docker-images#Nowh$$ere]].", "has no heading 'Nowhere'")]
    [InlineData("See ![[pic$$.png]].", "is an attachment")]
    [InlineData("See [[top$$ic]].", "matches 2 notes")]
    public void Prepare_NothingRenamable_IsRejectedWithReason(string current, string expected)
    {
        var (vault, note, cursor, _) = Build(
            current,
            ("docker-images.md", "# Images\n"),
            ("a/topic.md", ""),
            ("b/topic.md", ""));
        vault = vault.WithAttachment("pic.png");

        PrepareRenameResult result = RenameService.PrepareRename(vault, note, cursor);

        Assert.Null(result.Target);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, RenameService.Rename(vault, note, cursor, "new-name").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rename_FromTitle_RenamesNoteAndItsLinks()
    {
        var (vault, note, cursor, texts) = Build("# My Ti$$tle\n\nSelf [[current#My Title]].\n", ("linker.md", "[[current]] and [[Current|alias]]\n"));

        RenameResult result = RenameService.Rename(vault, note, cursor, "renamed");

        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, result.Edit!);
        Assert.Equal("# My Title\n\nSelf [[renamed#My Title]].\n", after["renamed.md"]);
        Assert.Equal("[[renamed]] and [[renamed|alias]]\n", after["linker.md"]);
    }

    [Fact]
    public void Rename_FromLinkTarget_RenamesLinkedNote()
    {
        var (vault, note, cursor, texts) = Build("See [[docker/dock$$er-images.md|x]].\n", ("docker/docker-images.md", "# Images\n"));

        RenameResult result = RenameService.Rename(vault, note, cursor, "layers");

        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, result.Edit!);
        Assert.Equal("See [[docker/layers.md|x]].\n", after["current.md"]);
        Assert.True(after.ContainsKey("docker/layers.md"));
    }

    [Fact]
    public void Rename_Position_UsesLinePosition()
    {
        var (vault, note, _, _) = Build("# T\n\n🎯 [[target]]\n", ("target.md", ""));

        PrepareRenameResult result = RenameService.PrepareRename(vault, note, new LinePosition(2, 6));

        Assert.Equal("target", result.Target!.Placeholder);
    }
}
