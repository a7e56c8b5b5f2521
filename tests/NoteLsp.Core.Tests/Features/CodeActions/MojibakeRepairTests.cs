using System.Text;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Templates;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features.CodeActions;

public sealed class MojibakeRepairTests
{
    private const string SharedNotes = "/work/shared/notes";

    [Theory]
    [InlineData("ðŸŽ¯ TL;DR", "🎯 TL;DR")]
    [InlineData("â†’ works", "→ works")]
    [InlineData("cafÃ© crÃ¨me", "café crème")]
    [InlineData("itâ€™s", "it’s")]
    [InlineData("## âš\u00A0ï¸ Pitfalls", "## ⚠️ Pitfalls")]
    [InlineData("### âŒ Bad for", "### ❌ Bad for")]
    [InlineData("difficulty: â (1/5)", "difficulty: ⭐ (1/5)")]
    [InlineData("difficulty: ââ (2/5)", "difficulty: ⭐⭐ (2/5)")]
    public void Repair_DoubleEncodedText_RestoresOriginal(string damaged, string expected)
    {
        Assert.Equal(expected, MojibakeRepair.Repair(damaged));
    }

    [Theory]
    [InlineData("café au lait")]
    [InlineData("pâte à crêpes")]
    [InlineData("Ã alone")]
    [InlineData("naïve ½ price")]
    [InlineData("plain ASCII")]
    public void Repair_TextThatIsNotDamaged_StaysUnchanged(string text)
    {
        Assert.Equal(text, MojibakeRepair.Repair(text));
        Assert.Empty(MojibakeRepair.FindRepairs(text));
    }

    [Fact]
    public void Repair_LosslessRuns_RoundTripThroughWindows1252()
    {
        string original = "Status: 🟡 Learning → “quoted” – ½ · 日本語 ✅";
        string damaged = DoubleEncode(original);

        Assert.Equal(original, MojibakeRepair.Repair(damaged));
    }

    [FileFact(SharedNotes + "/docker-why-containers.mojibake.md", SharedNotes + "/docker-why-containers.md")]
    public void RepairAction_SampleMojibakeNote_EqualsOriginalNote()
    {
        using var vault = new TempVault();
        File.Copy(Path.Combine(SharedNotes, "docker-why-containers.mojibake.md"), vault.FullPath("docker-why-containers.md"));
        VaultSnapshot snapshot = vault.Load();
        Note note = snapshot.FindNote("docker-why-containers.md")!;
        var diagnostics = ActionTestVault.Check(snapshot, note.Path, new DateOnly(2026, 12, 4));
        var request = new CodeActionRequest(snapshot, note, new TextSpan(0, note.Text.Length), diagnostics, new DateOnly(2026, 12, 4), DeferEdits: true);
        var service = new CodeActionService(TemplateCatalog.Default);

        CodeAction deferred = Assert.Single(service.GetActions(request, CancellationToken.None), a => a.Title.StartsWith("Repair double-encoded", StringComparison.Ordinal));
        CodeAction resolved = service.Resolve(snapshot, deferred, new DateOnly(2026, 12, 4), CancellationToken.None);
        VaultEditResult result = vault.Apply(resolved.Edit!);

        Assert.Null(deferred.Edit);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(SharedNotes, "docker-why-containers.md")), vault.Read("docker-why-containers.md"));
        Assert.DoesNotContain(ActionTestVault.Check(vault.Load(), note.Path, new DateOnly(2026, 12, 4)), d => d.Code == "NL4004");
    }

    /// <summary>Encodes as UTF-8 and decodes as Windows-1252, keeping the five undefined bytes as C1 controls.</summary>
    private static string DoubleEncode(string text)
    {
        const string high = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
        var builder = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            builder.Append(b is >= 0x80 and <= 0x9F ? high[b - 0x80] : (char)b);
        }

        return builder.ToString();
    }
}

/// <summary>A fact that is skipped, with a reason naming the file, when one of its input files is absent.</summary>
public sealed class FileFactAttribute : FactAttribute
{
    public FileFactAttribute(params string[] requiredFiles)
    {
        string? missing = requiredFiles.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            Skip = $"Skipped: the input file {missing} is absent on this machine.";
        }
    }
}
