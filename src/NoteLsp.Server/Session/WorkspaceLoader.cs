using NoteLsp.Core.Config;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Server.Session;

/// <summary>Reads vaults from disk for the server.</summary>
public static class WorkspaceLoader
{
    /// <summary>Loads a workspace folder and every note under it. A folder that does not exist becomes an empty vault.</summary>
    public static VaultWorkspace LoadFolder(string rootPath, string name, CancellationToken cancellationToken)
    {
        VaultSnapshot vault = Directory.Exists(rootPath)
            ? VaultLoader.Load(rootPath, null, cancellationToken)
            : VaultSnapshot.Empty(rootPath);
        return new VaultWorkspace(rootPath, name, vault, IsSingleFile: false);
    }

    /// <summary>
    /// Loads the vault of a note opened outside every workspace folder: the notes and attachments
    /// directly in the note's folder, without sub-folders, so that opening a note in a large
    /// folder such as the home folder stays quick.
    /// </summary>
    public static VaultWorkspace LoadSingleFileFolder(string folder)
    {
        VaultConfig config = VaultConfigReader.ReadFile(Path.Combine(folder, VaultConfig.FileName));
        var notes = new List<Note>();
        var attachments = new List<string>();
        if (Directory.Exists(folder))
        {
            var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden };
            foreach (string file in Directory.EnumerateFiles(folder, "*", options))
            {
                string relative = Path.GetFileName(file);
                if (config.IsIgnored(relative) || relative.StartsWith('.'))
                {
                    continue;
                }

                if (NotePaths.IsMarkdown(relative))
                {
                    notes.Add(VaultLoader.ReadNote(folder, relative));
                }
                else
                {
                    attachments.Add(relative);
                }
            }
        }

        VaultSnapshot vault = VaultSnapshot.Create(folder, config, notes, attachments);
        return new VaultWorkspace(folder, Path.GetFileName(folder), vault, IsSingleFile: true);
    }
}
