using System.Text;
using NoteLsp.Core.Checks;
using NoteLsp.Core.Config;
using NoteLsp.Core.Features;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Features.Completion;
using NoteLsp.Core.Features.Rename;
using NoteLsp.Core.Templates;
using NoteLsp.Core.Text;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Robustness;

/// <summary>
/// Damaged versions of the example vault's concept note must parse and check without throwing,
/// and every diagnostic span must lie inside the note's text.
/// </summary>
public class DamagedNoteTests
{
    private static readonly string SampleText =
        File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot(), "examples", "vault", "docker-why-containers.md"));

    private static readonly CheckOptions Options = new(new DateOnly(2026, 12, 4));

    [Fact]
    public void Check_EveryTruncation_NeverThrows()
    {
        for (int length = 0; length <= SampleText.Length; length += 37)
        {
            AssertChecksCleanly(SampleText[..length], $"truncated to {length} characters");
        }
    }

    [Fact]
    public void Check_RandomCharacterDamage_NeverThrows()
    {
        var random = new Random(20261204);
        for (int round = 0; round < 300; round++)
        {
            AssertChecksCleanly(Damage(SampleText, random, 20), $"round {round}");
        }
    }

    [Fact]
    public void EditorFeatures_DamagedNote_NeverThrow()
    {
        var random = new Random(99);
        var actions = new CodeActionService(TemplateCatalog.Default);
        for (int round = 0; round < 60; round++)
        {
            string text = Damage(SampleText, random, 30);
            Note note = VaultFixture.Parse("docker-why-containers.md", text);
            var vault = VaultSnapshot.Create(VaultFixture.Root, VaultConfig.Default, [note, VaultFixture.Parse("docker-images-layers.md", "# Layers\n")], []);
            var diagnostics = NoteChecker.Check(vault, note, Options);
            for (int probe = 0; probe < 10; probe++)
            {
                int offset = random.Next(note.Text.Length + 1);

                Assert.NotNull(CompletionService.Complete(vault, note, offset, new CompletionOptions(Options.Today)));
                HoverService.GetHover(vault, note, offset, Options.Today, CancellationToken.None);
                DefinitionService.FindDefinition(vault, note, offset, CancellationToken.None);
                ReferencesService.FindReferences(vault, note, offset, includeDeclaration: true, CancellationToken.None);
                RenameService.PrepareRename(vault, note, offset);
                RenameService.Rename(vault, note, offset, "renamed-note");
                var span = new TextSpan(offset, Math.Min(note.Text.Length, offset + random.Next(40)));
                Assert.NotNull(actions.GetActions(new CodeActionRequest(vault, note, span, diagnostics, Options.Today), CancellationToken.None));
            }

            Assert.NotNull(SymbolService.GetOutline(note));
            Assert.NotNull(FoldingService.GetRanges(note));
        }
    }

    [Fact]
    public void Completion_UnclosedFlowList_NoThrow()
    {
        // YamlDotNet 18.1.0 throws InvalidOperationException, not YamlException, on this shape.
        string text = "---\ntags: [concept, dock\ncreated: 2026-01-01\n---\n# T\n";
        Note note = VaultFixture.Parse("t.md", text);
        var vault = VaultSnapshot.Create(VaultFixture.Root, VaultConfig.Default, [note], []);

        CompletionList list = CompletionService.Complete(vault, note, text.IndexOf("dock", StringComparison.Ordinal) + 4, new CompletionOptions(Options.Today));

        Assert.NotNull(list);
        Assert.NotEmpty(NoteChecker.Check(vault, note, Options));
    }

    [Fact]
    public void Check_RandomBytesAsNote_NeverThrows()
    {
        var random = new Random(7);
        for (int round = 0; round < 50; round++)
        {
            byte[] bytes = new byte[random.Next(1, 4000)];
            random.NextBytes(bytes);
            Note note = NoteReader.FromBytes("random.md", bytes);
            var vault = VaultSnapshot.Create(VaultFixture.Root, VaultConfig.Default, [note], []);

            Assert.NotNull(NoteChecker.Check(vault, note, Options));
        }
    }

    /// <summary>Replaces or inserts <paramref name="edits"/> characters that Markdown, links, YAML and UTF-16 treat specially.</summary>
    private static string Damage(string original, Random random, int edits)
    {
        char[] damage = ['[', ']', '|', '#', '^', '`', '\n', '\r', '\t', '-', ':', '\0', '\uFFFD', '\uD83C', '⭐', '{', '>', '*', '!', '\\'];
        var text = new StringBuilder(original);
        for (int edit = 0; edit < edits; edit++)
        {
            int position = random.Next(text.Length);
            char replacement = damage[random.Next(damage.Length)];
            if (random.Next(2) == 0)
            {
                text[position] = replacement;
            }
            else
            {
                text.Insert(position, replacement);
            }
        }

        return text.ToString();
    }

    private static void AssertChecksCleanly(string text, string label)
    {
        Note note = VaultFixture.Parse("docker-why-containers.md", text);
        var vault = VaultSnapshot.Create(VaultFixture.Root, VaultConfig.Default, [note], []);

        var diagnostics = NoteChecker.Check(vault, note, Options);

        Assert.All(diagnostics, d => Assert.True(d.Span.End <= note.Text.Length, $"{label}: {d.Code} span {d.Span} is past the end ({note.Text.Length})"));
    }
}
