using System.Collections.Immutable;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;
using NoteLsp.Server.Conversion;

namespace NoteLsp.Server.Session;

/// <summary>One vault the server serves: a workspace folder, or the folder of a note opened outside every workspace folder.</summary>
/// <param name="RootPath">The absolute folder path, as <see cref="Path.GetFullPath(string)"/> returns it.</param>
/// <param name="IsSingleFile">Whether the vault holds only the notes beside an open note that lies outside every workspace folder.</param>
public sealed record VaultWorkspace(string RootPath, string Name, VaultSnapshot Vault, bool IsSingleFile);

/// <summary>A note open in the editor: the client owns its text and version.</summary>
public sealed record OpenDocument(string Uri, string FullPath, int Version);

/// <summary>A note of one workspace.</summary>
public readonly record struct NoteKey(string RootPath, string NotePath);

/// <summary>A located note with the workspace it belongs to and, when open, its document.</summary>
public sealed record NoteContext(VaultWorkspace Workspace, Note Note, OpenDocument? Document, string Uri)
{
    public VaultSnapshot Vault => Workspace.Vault;

    public NoteKey Key => new(Workspace.RootPath, Note.Path);
}

/// <summary>
/// An immutable view of the server state: the vaults, the open notes and the
/// settings. A mutation replaces the whole state, so a read that holds one never sees half an edit.
/// </summary>
public sealed record ServerState(
    ImmutableArray<VaultWorkspace> Workspaces,
    ImmutableDictionary<string, OpenDocument> OpenDocuments,
    ServerSettings Settings)
{
    public static ServerState Empty { get; } = new([], ImmutableDictionary.Create<string, OpenDocument>(Uris.PathComparer), ServerSettings.Default);

    /// <summary>Returns the workspace whose folder contains <paramref name="fullPath"/>, the innermost one when folders nest, or null.</summary>
    public VaultWorkspace? FindWorkspace(string fullPath)
    {
        VaultWorkspace? best = null;
        foreach (VaultWorkspace workspace in Workspaces)
        {
            if (IsInside(fullPath, workspace.RootPath) && (best is null || workspace.RootPath.Length > best.RootPath.Length))
            {
                best = workspace;
            }
        }

        return best;
    }

    public VaultWorkspace? FindWorkspaceByRoot(string rootPath) =>
        Workspaces.FirstOrDefault(w => string.Equals(w.RootPath, rootPath, Uris.PathComparison));

    /// <summary>Returns the note at <paramref name="uri"/>, or null with <paramref name="error"/> set when the URI is invalid or names no note.</summary>
    public NoteContext? TryLocate(string uri, out string? error)
    {
        string? fullPath = Uris.TryToPath(uri, out error);
        if (fullPath is null)
        {
            return null;
        }

        fullPath = Path.GetFullPath(fullPath);
        NoteContext? context = TryLocatePath(fullPath);
        if (context is null)
        {
            error = $"'{fullPath}' is not a note of any open vault.";
        }

        return context;
    }

    public NoteContext? TryLocatePath(string fullPath)
    {
        VaultWorkspace? workspace = FindWorkspace(fullPath);
        string? relative = workspace is null ? null : VaultLoader.ToRelativePath(workspace.RootPath, fullPath);
        Note? note = relative is null ? null : workspace!.Vault.FindNote(relative);
        if (note is null)
        {
            return null;
        }

        OpenDocument? document = OpenDocuments.GetValueOrDefault(fullPath);
        return new NoteContext(workspace!, note, document, document?.Uri ?? Uris.FromPath(fullPath));
    }

    public NoteContext? TryLocate(NoteKey key)
    {
        VaultWorkspace? workspace = FindWorkspaceByRoot(key.RootPath);
        Note? note = workspace?.Vault.FindNote(key.NotePath);
        if (note is null)
        {
            return null;
        }

        string fullPath = VaultLoader.ToFullPath(workspace!.RootPath, note.Path);
        OpenDocument? document = OpenDocuments.GetValueOrDefault(fullPath);
        return new NoteContext(workspace, note, document, document?.Uri ?? Uris.FromPath(fullPath));
    }

    /// <summary>Returns the URI the client uses for a note: the one it opened the note with, or one built from the path.</summary>
    public string GetUri(VaultWorkspace workspace, string notePath)
    {
        string fullPath = VaultLoader.ToFullPath(workspace.RootPath, notePath);
        return OpenDocuments.GetValueOrDefault(fullPath)?.Uri ?? Uris.FromPath(fullPath);
    }

    /// <summary>Returns the text and URI of a note of <paramref name="workspace"/>, or null; diagnostics use it for related locations.</summary>
    public (SourceText Text, string Uri)? FindNoteText(VaultWorkspace workspace, string notePath)
    {
        Note? note = workspace.Vault.FindNote(notePath);
        return note is null ? null : (note.Text, GetUri(workspace, notePath));
    }

    public static bool IsInside(string fullPath, string rootPath)
    {
        if (!fullPath.StartsWith(rootPath, Uris.PathComparison))
        {
            return false;
        }

        return fullPath.Length > rootPath.Length
            && (rootPath.EndsWith(Path.DirectorySeparatorChar) || fullPath[rootPath.Length] == Path.DirectorySeparatorChar);
    }
}
