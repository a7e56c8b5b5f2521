using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;
using NoteLsp.TestKit;

namespace NoteLsp.Core.Tests.Features.CodeActions;

/// <summary>What code action tests do with a <see cref="TempVault"/>: load it, apply edits to it, read files back and check notes.</summary>
internal static class ActionTestVault
{
    public static string RepositoryRoot
    {
        get
        {
            for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "NoteLsp.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("NoteLsp.sln not found above the test folder.");
        }
    }

    /// <summary>The user's sample note as the repository keeps it.</summary>
    public static string SampleNoteText =>
        File.ReadAllText(Path.Combine(RepositoryRoot, "examples", "vault", "docker-why-containers.md"));

    public static string Read(this TempVault vault, string relativePath) => File.ReadAllText(vault.FullPath(relativePath));

    public static bool Exists(this TempVault vault, string relativePath) => File.Exists(vault.FullPath(relativePath));

    public static VaultSnapshot Load(this TempVault vault) => VaultLoader.Load(vault.RootPath);

    public static VaultEditResult Apply(this TempVault vault, VaultEdit edit) => VaultEditApplier.Apply(vault.RootPath, edit);

    /// <summary>Returns every file under the root as sorted vault-relative paths.</summary>
    public static IReadOnlyList<string> Files(this TempVault vault) =>
        Directory.EnumerateFiles(vault.RootPath, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(vault.RootPath, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static IReadOnlyList<NoteDiagnostic> Check(VaultSnapshot vault, string notePath, DateOnly today)
    {
        Note note = vault.FindNote(notePath) ?? throw new InvalidOperationException($"No note '{notePath}' in the vault.");
        return NoteChecker.Check(vault, note, new CheckOptions(today));
    }

    /// <summary>Returns the link diagnostics (NL1xxx) of a note, for tests whose notes have no metadata.</summary>
    public static IReadOnlyList<NoteDiagnostic> CheckLinks(VaultSnapshot vault, string notePath, DateOnly today) =>
        Check(vault, notePath, today).Where(d => d.Code.StartsWith("NL1", StringComparison.Ordinal)).ToArray();
}
