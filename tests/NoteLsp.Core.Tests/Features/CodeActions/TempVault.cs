using System.Text;
using NoteLsp.Core.Checks;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Edits;
using NoteLsp.Core.Features.CodeActions;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Tests.Features.CodeActions;

/// <summary>A vault in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempVault : IDisposable
{
    public TempVault()
    {
        Root = Path.Combine(Path.GetTempPath(), "notelsp-actions-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

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

    public TempVault Write(string relativePath, string text)
    {
        string full = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return this;
    }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string relativePath) => File.ReadAllText(FullPath(relativePath));

    public bool Exists(string relativePath) => File.Exists(FullPath(relativePath));

    public VaultSnapshot Load() => VaultLoader.Load(Root);

    public VaultEditResult Apply(VaultEdit edit) => VaultEditApplier.Apply(Root, edit);

    /// <summary>Returns every file under the root as sorted vault-relative paths.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
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

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder does not affect other tests.
        }
    }
}
