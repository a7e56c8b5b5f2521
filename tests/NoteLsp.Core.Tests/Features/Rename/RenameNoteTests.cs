using NoteLsp.Core.Checks;
using NoteLsp.Core.Config;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Features.Rename;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Tests.Features.Rename;

public class RenameNoteTests
{
    private const string ImagesNote = "# Images and Layers\n\n## Layers\n\nEach layer is a diff. ^b1\n\nSee [[docker-images#Layers]] and [[#Layers]].\n";

    private const string Linker = """
        # Linker

        Plain [[docker-images]], alias [[docker-images|the images]], heading [[docker-images#Layers]].
        Block [[docker-images#^b1]], embed ![[docker-images]], folder [[docker/docker-images]].
        Extension [[docker-images.md]], spaces [[ docker-images ]], case [[Docker-Images]].
        Root [[/docker/docker-images]], relative [[../docker/docker-images]].

        | Table | [[docker-images\|cell alias]] |
        |---|---|

        ## Metadata

        ```yaml
        related: [[docker-images]]
        ```

        Code `[[docker-images]]` stays.
        """;

    private static Dictionary<string, string> Texts(params (string Path, string Text)[] notes) =>
        notes.ToDictionary(n => n.Path, n => n.Text, StringComparer.Ordinal);

    private static VaultSnapshot Build(IReadOnlyDictionary<string, string> texts) =>
        VaultSnapshot.Create("/vault", VaultConfig.Default, texts.Select(t => NoteParser.Parse(t.Key, SourceText.From(t.Value))), []);

    /// <summary>Returns the link diagnostics (codes NL1xxx) of every note.</summary>
    private static List<NoteDiagnostic> LinkProblems(IReadOnlyDictionary<string, string> texts)
    {
        VaultSnapshot vault = Build(texts);
        var options = new CheckOptions(new DateOnly(2025, 12, 26));
        return NoteChecker.CheckAll(vault, options).SelectMany(r => r.Diagnostics).Where(d => d.Code.StartsWith("NL1", StringComparison.Ordinal)).ToList();
    }

    private static Dictionary<string, string> DockerTexts() => Texts(
        ("docker/docker-images.md", ImagesNote),
        ("notes/linker.md", Linker),
        ("other.md", "Nothing here links.\n"));

    [Fact]
    public void RenameNote_EveryLinkStyle_KeepsStyleAndRenamesFile()
    {
        Dictionary<string, string> texts = DockerTexts();

        RenameResult result = RenameService.RenameNote(Build(texts), "docker/docker-images.md", "container-images");

        Assert.Null(result.Error);
        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, result.Edit!);
        string expected = Linker.Replace("[[docker-images", "[[container-images", StringComparison.Ordinal)
            .Replace("[[docker/docker-images", "[[docker/container-images", StringComparison.Ordinal)
            .Replace("[[ docker-images ", "[[ container-images ", StringComparison.Ordinal)
            .Replace("[[Docker-Images", "[[container-images", StringComparison.Ordinal)
            .Replace("[[/docker/docker-images", "[[/docker/container-images", StringComparison.Ordinal)
            .Replace("[[../docker/docker-images", "[[../docker/container-images", StringComparison.Ordinal)
            .Replace("`[[container-images]]`", "`[[docker-images]]`", StringComparison.Ordinal);
        Assert.Equal(expected, after["notes/linker.md"]);
        Assert.False(after.ContainsKey("docker/docker-images.md"));
        Assert.Equal("# Images and Layers\n\n## Layers\n\nEach layer is a diff. ^b1\n\nSee [[container-images#Layers]] and [[#Layers]].\n", after["docker/container-images.md"]);
        Assert.Equal("Nothing here links.\n", after["other.md"]);
        Assert.Empty(LinkProblems(after));
    }

    [Fact]
    public void RenameNote_Operations_EditTextsBeforeRenamingFile()
    {
        Dictionary<string, string> texts = DockerTexts();

        RenameResult result = RenameService.RenameNote(Build(texts), "docker/docker-images.md", "container-images");

        IReadOnlyList<VaultEditOperation> operations = result.Edit!.Operations;
        Assert.Equal(new RenameFile("docker/docker-images.md", "docker/container-images.md"), operations[^1]);
        Assert.All(operations.Take(operations.Count - 1), o => Assert.IsType<NoteTextEdits>(o));
        Assert.Equal(["docker/docker-images.md", "notes/linker.md"], operations.OfType<NoteTextEdits>().Select(o => o.NotePath));
    }

    [Fact]
    public void RenameNote_TypedExtension_IsDropped()
    {
        Dictionary<string, string> texts = DockerTexts();

        RenameResult result = RenameService.RenameNote(Build(texts), "docker/docker-images.md", "  layers.md ");

        Assert.Equal(new RenameFile("docker/docker-images.md", "docker/layers.md"), result.Edit!.Operations[^1]);
    }

    [Fact]
    public void RenameNote_UnicodeNames_RewritesComposedAndDecomposedLinks()
    {
        Dictionary<string, string> texts = Texts(
            ("café.md", "# Café\n"),
            ("linker.md", "Composed [[café]], decomposed [[cafe\u0301]], upper [[CAFÉ]], emoji 🎯 [[café|☕ coffee]].\n"));

        RenameResult result = RenameService.RenameNote(Build(texts), "café.md", "crème-brûlée 🍮");

        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, result.Edit!);
        Assert.Equal("Composed [[crème-brûlée 🍮]], decomposed [[crème-brûlée 🍮]], upper [[crème-brûlée 🍮]], emoji 🎯 [[crème-brûlée 🍮|☕ coffee]].\n", after["linker.md"]);
        Assert.True(after.ContainsKey("crème-brûlée 🍮.md"));
        Assert.Empty(LinkProblems(after));
    }

    [Fact]
    public void RenameNote_PercentEncodedLink_StaysEncoded()
    {
        Dictionary<string, string> texts = Texts(
            ("my note.md", "# Mine\n"),
            ("linker.md", "Encoded [[my%20note]] and plain [[my note]].\n"));

        RenameResult result = RenameService.RenameNote(Build(texts), "my note.md", "your note");

        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, result.Edit!);
        Assert.Equal("Encoded [[your%20note]] and plain [[your note]].\n", after["linker.md"]);
    }

    [Fact]
    public void RenameNote_NameSharedElsewhere_IsRejected()
    {
        Dictionary<string, string> texts = Texts(("a/first.md", ""), ("b/second.md", ""));

        RenameResult result = RenameService.RenameNote(Build(texts), "a/first.md", "second");

        Assert.Null(result.Edit);
        Assert.Contains("'b/second.md'", result.Error, StringComparison.Ordinal);
        Assert.Contains("ambiguous", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("second")]
    [InlineData("SECOND")]
    [InlineData("Second")]
    public void RenameNote_SameFolderDifferentCase_IsRejected(string newName)
    {
        Dictionary<string, string> texts = Texts(("first.md", ""), ("second.md", ""));

        RenameResult result = RenameService.RenameNote(Build(texts), "first.md", newName);

        Assert.Null(result.Edit);
        Assert.Contains("never overwrites", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("caf\u00E9", "cafe\u0301")]
    [InlineData("cafe\u0301", "caf\u00E9")]
    [InlineData("caf\u00E9", "CAFE\u0301")]
    public void RenameNote_DiffersOnlyInUnicodeForm_IsRejected(string existing, string newName)
    {
        Dictionary<string, string> texts = Texts(("first.md", ""), (existing + ".md", ""));

        RenameResult result = RenameService.RenameNote(Build(texts), "first.md", newName);

        Assert.Null(result.Edit);
        Assert.Contains("already exists", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RenameNote_CaseOfItsOwnName_IsAllowed()
    {
        Dictionary<string, string> texts = Texts(("first.md", ""), ("linker.md", "[[first]]\n"));

        RenameResult result = RenameService.RenameNote(Build(texts), "first.md", "First");

        Assert.Null(result.Error);
        Assert.Equal(new RenameFile("first.md", "First.md"), result.Edit!.Operations[^1]);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("a/b", "another folder")]
    [InlineData("a|b", "'|'")]
    [InlineData("a#b", "'#'")]
    [InlineData("a]]b", "']'")]
    [InlineData(".hidden", "starts with '.'")]
    [InlineData("first", "already named")]
    public void RenameNote_InvalidName_IsRejected(string newName, string expectedText)
    {
        Dictionary<string, string> texts = Texts(("first.md", ""));

        RenameResult result = RenameService.RenameNote(Build(texts), "first.md", newName);

        Assert.Null(result.Edit);
        Assert.Contains(expectedText, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RenameNote_ThousandLinkers_RewritesEveryLink()
    {
        var texts = Texts(("hub.md", "# Hub\n\n## Part\n"));
        for (int i = 0; i < 1000; i++)
        {
            texts[$"notes/n{i:D4}.md"] = $"# N{i}\n\nSee [[hub]], [[hub#Part|part]] and ![[hub]].\n";
        }

        RenameResult result = RenameService.RenameNote(Build(texts), "hub.md", "center");

        Assert.Equal(1001, result.Edit!.Operations.Count);
        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, result.Edit);
        Assert.All(Enumerable.Range(0, 1000), i =>
            Assert.Equal($"# N{i}\n\nSee [[center]], [[center#Part|part]] and ![[center]].\n", after[$"notes/n{i:D4}.md"]));
        Assert.Empty(LinkProblems(after));
    }

    [Fact]
    public void RenameNote_AmbiguousLinks_AreLeftUnchanged()
    {
        Dictionary<string, string> texts = Texts(
            ("a/topic.md", ""),
            ("b/topic.md", ""),
            ("linker.md", "Bare [[topic]], qualified [[a/topic]].\n"));

        RenameResult result = RenameService.RenameNote(Build(texts), "a/topic.md", "subject");

        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, result.Edit!);
        Assert.Equal("Bare [[topic]], qualified [[a/subject]].\n", after["linker.md"]);
    }

    [Fact]
    public void RenameNote_CrlfAndEmojiLines_EditsExactSpans()
    {
        Dictionary<string, string> texts = Texts(
            ("target.md", "# Target\r\n"),
            ("linker.md", "# 🎯 Links\r\n\r\n🎯🎯 [[target|🎯]] and [[target#Target]]\r\n"));

        RenameResult result = RenameService.RenameNote(Build(texts), "target.md", "goal");

        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, result.Edit!);
        Assert.Equal("# 🎯 Links\r\n\r\n🎯🎯 [[goal|🎯]] and [[goal#Target]]\r\n", after["linker.md"]);
    }

    [Fact]
    public void RenameNote_MissingNote_IsRejected()
    {
        RenameResult result = RenameService.RenameNote(Build(Texts(("a.md", ""))), "missing.md", "b");

        Assert.Contains("not in the vault", result.Error, StringComparison.Ordinal);
    }
}
