using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Templates;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features.CodeActions;

public sealed class MetadataFixTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Theory]
    [InlineData("Reviewed today, next in 1 month", "**Last update**: 2026-12-04\n**Next review**: 2027-01-04 (+1 month)\n")]
    [InlineData("Reviewed today, next in 2 months", "**Last update**: 2026-12-04\n**Next review**: 2027-02-04 (+2 months)\n")]
    [InlineData("Postpone a week", "**Last update**: 2026-12-04\n**Next review**: 2026-12-11 (+1 week)\n")]
    public void ReviewOverdue_SampleNote_UpdatesFooter(string title, string expectedFooter)
    {
        using var vault = new TempVault();
        vault.Write("docker-why-containers.md", ActionTestVault.SampleNoteText);

        CodeAction action = Single(vault, "docker-why-containers.md", "NL3001", title);
        vault.Apply(action.Edit!);

        string text = vault.Read("docker-why-containers.md");
        Assert.EndsWith("---\n\n" + expectedFooter, text, StringComparison.Ordinal);
        Assert.Equal(ActionTestVault.SampleNoteText[..^60], text[..(ActionTestVault.SampleNoteText.Length - 60)]);
        Assert.DoesNotContain("NL3001", Codes(vault, "docker-why-containers.md"));
    }

    [Fact]
    public void ReviewOverdue_NoIntervalNorLastUpdate_AddsBoth()
    {
        using var vault = new TempVault();
        vault.Write("note.md", Concept("tags: [concept]\ncreated: 2026-01-01\ndifficulty: ⭐ (1/5)\ntime-to-master: 30min\n") + "\n**Next review**: 2026-02-01\n");

        CodeAction action = Single(vault, "note.md", "NL3001", "Reviewed today, next in 1 month");
        vault.Apply(action.Edit!);

        Assert.EndsWith("\n**Last update**: 2026-12-04\n**Next review**: 2027-01-04 (+1 month)\n", vault.Read("note.md"), StringComparison.Ordinal);
        Assert.Empty(Codes(vault, "note.md"));
    }

    [Fact]
    public void InvalidRating_StarsDisagree_FixesStarsOrNumber()
    {
        using var vault = new TempVault();
        vault.Write("note.md", Concept("tags: [concept]\ncreated: 2026-01-01\ndifficulty: ⭐⭐⭐ (2/5)\ntime-to-master: 30min\n"));

        CodeAction stars = Single(vault, "note.md", "NL2009", "Set the stars to match 2/5: ⭐⭐ (2/5)");
        CodeAction number = Single(vault, "note.md", "NL2009", "Set the number to match the stars: ⭐⭐⭐ (3/5)");
        vault.Apply(number.Edit!);

        Assert.True(stars.IsPreferred);
        Assert.Contains("difficulty: ⭐⭐⭐ (3/5)\n", vault.Read("note.md"), StringComparison.Ordinal);
        Assert.Empty(Codes(vault, "note.md"));
    }

    [Fact]
    public void InvalidRating_DoubleEncodedStars_RebuildsStarsFromNumber()
    {
        using var vault = new TempVault();
        vault.Write("note.md", Concept("tags: [concept]\ncreated: 2026-01-01\ndifficulty: â (1/5)\ntime-to-master: 30min\n"));

        CodeAction action = Single(vault, "note.md", "NL2009", "Set the stars to match 1/5: ⭐ (1/5)");
        vault.Apply(action.Edit!);

        Assert.Contains("difficulty: ⭐ (1/5)\n", vault.Read("note.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void TagsAsString_TurnsIntoList()
    {
        using var vault = new TempVault();
        vault.Write("note.md", Concept("tags: concept, Docker Images\ncreated: 2026-01-01\ndifficulty: ⭐ (1/5)\ntime-to-master: 30min\n"));

        CodeAction action = Single(vault, "note.md", "NL2004", "Turn 'tags' into a list: [concept, docker, images]");
        vault.Apply(action.Edit!);

        Assert.Contains("tags: [concept, docker, images]\n", vault.Read("note.md"), StringComparison.Ordinal);
        Assert.Empty(Codes(vault, "note.md"));
    }

    [Fact]
    public void MissingFields_AddAll_InsertsValidDefaults()
    {
        using var vault = new TempVault();
        vault.Write("docker-volumes.md", "---\r\ntags: [concept, docker]\r\n---\r\n# Volumes - Docker\r\n");

        CodeAction action = Single(vault, "docker-volumes.md", "NL2001", "Add all 3 missing fields");
        vault.Apply(action.Edit!);

        Assert.Equal(
            "---\r\ntags: [concept, docker]\r\ncreated: 2026-12-04\r\ndifficulty: ⭐⭐ (2/5)\r\ntime-to-master: 30min\r\n---\r\n# Volumes - Docker\r\n",
            vault.Read("docker-volumes.md"));
        Assert.Empty(Codes(vault, "docker-volumes.md"));
    }

    [Fact]
    public void MissingField_One_InsertsThatField()
    {
        using var vault = new TempVault();
        vault.Write("docker-volumes.md", Concept("created: 2026-01-01\ndifficulty: ⭐ (1/5)\ntime-to-master: 30min\n"));

        CodeAction action = Single(vault, "docker-volumes.md", "NL2001", "Add 'tags: [concept, docker]'");
        vault.Apply(action.Edit!);

        Assert.Contains("time-to-master: 30min\ntags: [concept, docker]\n```", vault.Read("docker-volumes.md"), StringComparison.Ordinal);
        Assert.Empty(Codes(vault, "docker-volumes.md"));
    }

    private static string Concept(string yaml) => $"# Note - Test\n\n## 📋 Metadata\n\n```yaml\n{yaml}```\n";

    private static CodeAction Single(TempVault vault, string notePath, string code, string title)
    {
        VaultSnapshot snapshot = vault.Load();
        Note note = snapshot.FindNote(notePath)!;
        NoteDiagnostic[] diagnostics = ActionTestVault.Check(snapshot, notePath, Today).Where(d => d.Code == code).ToArray();
        Assert.NotEmpty(diagnostics);
        var request = new CodeActionRequest(snapshot, note, diagnostics[0].Span, diagnostics, Today);
        IReadOnlyList<CodeAction> actions = new CodeActionService(TemplateCatalog.Default).GetActions(request, CancellationToken.None);
        return Assert.Single(actions, a => a.Title == title);
    }

    private static IEnumerable<string> Codes(TempVault vault, string notePath) =>
        ActionTestVault.Check(vault.Load(), notePath, Today).Select(d => d.Code);
}
