using NoteLsp.Core.Checks;
using NoteLsp.Core.Config;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Features.Rename;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Tests.Features.Rename;

public class FileRenameTests
{
    private static VaultSnapshot Build(IReadOnlyDictionary<string, string> texts, params string[] attachments) =>
        VaultSnapshot.Create("/vault", VaultConfig.Default, texts.Select(t => NoteParser.Parse(t.Key, SourceText.From(t.Value))), attachments);

    /// <summary>Applies the edits, then the file renames, as an editor does for workspace/willRenameFiles.</summary>
    private static Dictionary<string, string> ApplyThenMove(Dictionary<string, string> texts, VaultEdit edit, params FileRename[] renames)
    {
        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, edit);
        foreach (FileRename rename in renames)
        {
            foreach (string path in after.Keys.Where(p => p == rename.OldPath || p.StartsWith(rename.OldPath + "/", StringComparison.Ordinal)).ToList())
            {
                after[rename.NewPath + path[rename.OldPath.Length..]] = after[path];
                after.Remove(path);
            }
        }

        return after;
    }

    /// <summary>Counts the link diagnostics (codes NL1xxx) of every note.</summary>
    private static int CountLinkProblems(Dictionary<string, string> texts, params string[] attachments) =>
        NoteChecker.CheckAll(Build(texts, attachments), new CheckOptions(new DateOnly(2025, 12, 26)))
            .Sum(r => r.Diagnostics.Count(d => d.Code.StartsWith("NL1", StringComparison.Ordinal)));

    [Fact]
    public void MoveNote_ToOtherFolder_UpdatesQualifiedAndRelativeLinks()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["docker/images.md"] = "# Images\n\nSibling [[./volumes]], up [[../index]], bare [[volumes]].\n",
            ["docker/volumes.md"] = "Bare [[images]], qualified [[docker/images#Images]], relative [[./images.md]].\n",
            ["index.md"] = "Rooted [[/docker/images]], embed ![[docker\\images|pic]].\n",
        };
        var rename = new FileRename("docker/images.md", "archive/old/images.md");

        VaultEdit edit = RenameService.GetFileRenameEdits(Build(texts), [rename]);

        Dictionary<string, string> after = ApplyThenMove(texts, edit, rename);
        Assert.Equal("# Images\n\nSibling [[../../docker/volumes]], up [[../../index]], bare [[volumes]].\n", after["archive/old/images.md"]);
        Assert.Equal("Bare [[images]], qualified [[old/images#Images]], relative [[../archive/old/images.md]].\n", after["docker/volumes.md"]);
        Assert.Equal("Rooted [[/archive/old/images]], embed ![[old\\images|pic]].\n", after["index.md"]);
        Assert.Equal(0, CountLinkProblems(after));
        Assert.DoesNotContain(edit.Operations, o => o is RenameFile);
    }

    [Fact]
    public void RenameFolder_MovesEveryNoteUnderIt()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["docker/a.md"] = "[[docker/b]]\n",
            ["docker/b.md"] = "[[a]]\n",
            ["index.md"] = "[[docker/a]], [[docker/b.md]], ![[docker/pic.png]]\n",
        };
        var rename = new FileRename("docker", "containers");

        VaultEdit edit = RenameService.GetFileRenameEdits(Build(texts, "docker/pic.png"), [rename]);

        Dictionary<string, string> after = ApplyThenMove(texts, edit, rename);
        Assert.Equal("[[containers/b]]\n", after["containers/a.md"]);
        Assert.Equal("[[a]]\n", after["containers/b.md"]);
        Assert.Equal("[[containers/a]], [[containers/b.md]], ![[containers/pic.png]]\n", after["index.md"]);
        Assert.Equal(0, CountLinkProblems(after, "containers/pic.png"));
    }

    [Fact]
    public void RenameAttachment_UpdatesEmbeds()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["note.md"] = "![[arch.png]] and ![[img/arch.png|diagram]]\n",
        };

        VaultEdit edit = RenameService.GetFileRenameEdits(Build(texts, "img/arch.png"), [new FileRename("img/arch.png", "img/architecture.png")]);

        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, edit);
        Assert.Equal("![[architecture.png]] and ![[img/architecture.png|diagram]]\n", after["note.md"]);
    }

    [Fact]
    public void RenameUnknownFile_ReturnsEmptyEdit()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal) { ["note.md"] = "[[other]]\n" };

        VaultEdit edit = RenameService.GetFileRenameEdits(Build(texts), [new FileRename("missing.md", "found.md")]);

        Assert.Empty(edit.Operations);
    }
}
