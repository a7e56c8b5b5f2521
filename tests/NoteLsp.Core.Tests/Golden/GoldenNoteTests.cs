using NoteLsp.Core.Checks;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Golden;

/// <summary>
/// Checks whole vaults and compares each note, annotated with its diagnostics, with an
/// expected file. Set NOTELSP_UPDATE_GOLDEN=1 to rewrite the expected files, then review the diff.
/// </summary>
public class GoldenNoteTests
{
    private static readonly CheckOptions Options = new(new DateOnly(2026, 12, 4));

    public static TheoryData<string, string> Vaults => new()
    {
        { "links-cases", Path.Combine(GoldenFile.SourceFolder(), "links-cases", "vault") },
        { "example-vault", Path.Combine(GoldenFile.RepositoryRoot(), "examples", "vault") },
    };

    [Theory]
    [MemberData(nameof(Vaults))]
    public void Check_WholeVault_MatchesGoldenFiles(string caseName, string vaultPath)
    {
        VaultSnapshot vault = VaultLoader.Load(vaultPath);
        string expectedFolder = Path.Combine(GoldenFile.SourceFolder(), caseName, "expected");
        Directory.CreateDirectory(expectedFolder);

        foreach (Note note in vault.Notes.OrderBy(n => n.Path, StringComparer.Ordinal))
        {
            string rendered = DiagnosticAnnotator.Render(note, NoteChecker.Check(vault, note, Options));
            string expectedPath = Path.Combine(expectedFolder, note.Path.Replace('/', '_') + ".txt");
            GoldenFile.AssertMatches(expectedPath, rendered);
        }
    }
}
