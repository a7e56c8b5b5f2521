using NoteLsp.Core.Config;
using NoteLsp.Core.Features.Rename;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Tests.Features.Rename;

public class RenameHeadingTests
{
    private const string Images = "# Images\n\n## 🎯 Key Concepts\n\nSelf [[#🎯 Key Concepts]] and [[images#key-concepts]].\n\n## Other\n";

    private static Dictionary<string, string> Texts() => new(StringComparer.Ordinal)
    {
        ["images.md"] = Images,
        ["linker.md"] = "Text [[images#🎯 Key Concepts]], alias [[images#🎯 Key Concepts|see]], slug [[images#key-concepts]], "
            + "encoded [[images#%F0%9F%8E%AF%20Key%20Concepts]], chain [[images#Images#🎯 Key Concepts]], other [[images#Other]].\n",
        ["unrelated.md"] = "[[images]]\n",
    };

    private static VaultSnapshot Build(IReadOnlyDictionary<string, string> texts) =>
        VaultSnapshot.Create("/vault", VaultConfig.Default, texts.Select(t => NoteParser.Parse(t.Key, SourceText.From(t.Value))), []);

    private static Heading KeyConcepts(VaultSnapshot vault) => vault.FindNote("images.md")!.Headings[1];

    [Fact]
    public void RenameHeading_UpdatesEveryLinkToIt()
    {
        Dictionary<string, string> texts = Texts();
        VaultSnapshot vault = Build(texts);

        RenameResult result = RenameService.RenameHeading(vault, "images.md", KeyConcepts(vault), "Core Ideas");

        Assert.Null(result.Error);
        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, result.Edit!);
        Assert.Equal("# Images\n\n## Core Ideas\n\nSelf [[#Core Ideas]] and [[images#core-ideas]].\n\n## Other\n", after["images.md"]);
        Assert.Equal(
            "Text [[images#Core Ideas]], alias [[images#Core Ideas|see]], slug [[images#core-ideas]], "
            + "encoded [[images#Core%20Ideas]], chain [[images#Images#Core Ideas]], other [[images#Other]].\n",
            after["linker.md"]);
        Assert.Equal("[[images]]\n", after["unrelated.md"]);
        Assert.DoesNotContain(result.Edit!.Operations, o => o is NoteLsp.Core.Edits.NoteTextEdits { NotePath: "unrelated.md" });
    }

    [Fact]
    public void RenameHeading_FromLinkFragment_RenamesHeadingInTarget()
    {
        Dictionary<string, string> texts = Texts();
        VaultSnapshot vault = Build(texts);
        Note linker = vault.FindNote("linker.md")!;
        int offset = linker.Text.Content.IndexOf("Other", StringComparison.Ordinal) + 2;

        RenameResult result = RenameService.Rename(vault, linker, offset, "Elsewhere");

        Dictionary<string, string> after = InMemoryEditApplier.Apply(texts, result.Edit!);
        Assert.EndsWith("## Elsewhere\n", after["images.md"], StringComparison.Ordinal);
        Assert.EndsWith("other [[images#Elsewhere]].\n", after["linker.md"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Other", "already has a heading 'Other'")]
    [InlineData("OTHER", "already has a heading 'Other'")]
    [InlineData("other!", "already has a heading 'Other'")]
    [InlineData("A | B", "'|'")]
    [InlineData("A # B", "'#'")]
    [InlineData("  ", "empty")]
    [InlineData("🎯 Key Concepts", "already '🎯 Key Concepts'")]
    public void RenameHeading_InvalidText_IsRejected(string newText, string expected)
    {
        VaultSnapshot vault = Build(Texts());

        RenameResult result = RenameService.RenameHeading(vault, "images.md", KeyConcepts(vault), newText);

        Assert.Null(result.Edit);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
