using System.Collections.Immutable;
using NoteLsp.Core.Config;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;

namespace NoteLsp.Server.Session;

/// <summary>The notes a mutation changed, for the diagnostics publisher.</summary>
public sealed record MutationResult(IReadOnlyCollection<NoteKey> Affected, bool AllNotes = false)
{
    public static MutationResult None { get; } = new([]);
}

/// <summary>
/// The server's state and the mutations that replace it. Only the request queue calls the
/// mutations, one at a time and in the client's order; reads take <see cref="State"/> in
/// their turn and never change it.
/// </summary>
public sealed class ServerSession
{
    private volatile ServerState _state = ServerState.Empty;

    public ServerState State => _state;

    public ClientCapabilities ClientCapabilities { get; set; } = new(null, null, null);

    public bool IsInitialized { get; set; }

    public bool IsShutdownRequested { get; set; }

    public void SetWorkspaces(IEnumerable<VaultWorkspace> workspaces) =>
        _state = _state with { Workspaces = [.. workspaces] };

    public void SetSettings(ServerSettings settings) => _state = _state with { Settings = settings };

    /// <summary>Puts back a state taken before a mutation that failed half-way.</summary>
    public void Restore(ServerState state) => _state = state;

    /// <summary>Adds or replaces an open note's text. A note outside every workspace folder gets a single-file vault of its folder.</summary>
    public MutationResult OpenDocument(string uri, int version, string text)
    {
        string fullPath = RequirePath(uri);
        ServerState state = _state;
        VaultWorkspace? workspace = state.FindWorkspace(fullPath);
        if (workspace is null)
        {
            workspace = WorkspaceLoader.LoadSingleFileFolder(Path.GetDirectoryName(fullPath)!);
            state = state with { Workspaces = state.Workspaces.Add(workspace) };
        }

        var document = new OpenDocument(uri, fullPath, version);
        state = state with { OpenDocuments = state.OpenDocuments.SetItem(fullPath, document) };
        _state = state;
        return ReplaceNote(workspace.RootPath, RelativePath(workspace, fullPath), SourceText.From(text));
    }

    /// <summary>Applies <paramref name="changes"/> in order, each against the text the previous one produced.</summary>
    public MutationResult ChangeDocument(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        string fullPath = RequirePath(uri);
        ServerState state = _state;
        NoteContext context = state.TryLocatePath(fullPath) is { Document: not null } found
            ? found
            : throw new InvalidUriException($"Ignored textDocument/didChange for '{uri}', which is not open: the client must send didOpen first.");

        SourceText text = context.Note.Text;
        foreach (TextDocumentContentChangeEvent change in changes)
        {
            text = change.Range is null
                ? SourceText.From(change.Text)
                : text.WithChanges([new TextChange(Positions.ToSpan(text, change.Range), change.Text)]);
        }

        _state = state with { OpenDocuments = state.OpenDocuments.SetItem(fullPath, context.Document! with { Version = version }) };
        return ReplaceNote(context.Workspace.RootPath, context.Note.Path, text);
    }

    /// <summary>Forgets the open note; its text comes from disk again, or the note goes when the file is gone.</summary>
    public MutationResult CloseDocument(string uri)
    {
        string fullPath = RequirePath(uri);
        ServerState state = _state;
        if (!state.OpenDocuments.ContainsKey(fullPath))
        {
            return MutationResult.None;
        }

        _state = state = state with { OpenDocuments = state.OpenDocuments.Remove(fullPath) };
        VaultWorkspace? workspace = state.FindWorkspace(fullPath);
        if (workspace is null)
        {
            return MutationResult.None;
        }

        string relative = RelativePath(workspace, fullPath);
        MutationResult result = File.Exists(fullPath)
            ? ReplaceNote(workspace.RootPath, relative, VaultLoader.ReadNote(workspace.RootPath, relative))
            : RemoveNote(workspace.RootPath, relative);

        if (workspace.IsSingleFile && !_state.OpenDocuments.Values.Any(d => ServerState.IsInside(d.FullPath, workspace.RootPath)))
        {
            _state = _state with { Workspaces = _state.Workspaces.RemoveAll(w => w.RootPath == workspace.RootPath) };
        }

        return result with { Affected = [.. result.Affected, new NoteKey(workspace.RootPath, relative)] };
    }

    /// <summary>Applies a file created, changed or deleted outside the editor. Open notes keep the editor's text.</summary>
    public MutationResult ApplyFileEvent(string fullPath, int type)
    {
        ServerState state = _state;
        VaultWorkspace? workspace = state.FindWorkspace(fullPath);
        if (workspace is null || state.OpenDocuments.ContainsKey(fullPath))
        {
            return MutationResult.None;
        }

        string relative = RelativePath(workspace, fullPath);
        if (string.Equals(relative, VaultConfig.FileName, StringComparison.OrdinalIgnoreCase))
        {
            return ReloadWorkspace(workspace);
        }

        if (VaultLoader.IsExcluded(relative, workspace.Vault.Config))
        {
            return MutationResult.None;
        }

        if (type == FileChangeTypes.Deleted)
        {
            return RemovePath(workspace, relative);
        }

        if (Directory.Exists(fullPath))
        {
            return AddFolder(workspace, fullPath);
        }

        if (!File.Exists(fullPath))
        {
            return MutationResult.None;
        }

        if (NotePaths.IsMarkdown(relative))
        {
            return ReplaceNote(workspace.RootPath, relative, VaultLoader.ReadNote(workspace.RootPath, relative));
        }

        if (type == FileChangeTypes.Created && !workspace.Vault.ContainsAttachment(relative))
        {
            VaultSnapshot vault = workspace.Vault.WithAttachment(relative);
            SetVault(workspace, vault);
            return Keys(workspace.RootPath, AffectedNotes.FindForAttachment(vault, relative));
        }

        return MutationResult.None;
    }

    /// <summary>
    /// Adds freshly loaded workspaces, replacing any with the same folder. Open notes inside them
    /// keep the editor's text, and single-file vaults that a new folder now covers go.
    /// </summary>
    public void AddWorkspaces(IReadOnlyList<VaultWorkspace> loaded)
    {
        ServerState state = _state;
        var workspaces = state.Workspaces
            .Where(w => !loaded.Any(l => string.Equals(l.RootPath, w.RootPath, Uris.PathComparison)))
            .ToList();
        foreach (VaultWorkspace workspace in loaded)
        {
            VaultSnapshot vault = workspace.Vault;
            foreach (OpenDocument document in state.OpenDocuments.Values.Where(d => ServerState.IsInside(d.FullPath, workspace.RootPath)))
            {
                NoteContext? open = state.TryLocatePath(document.FullPath);
                string? relative = VaultLoader.ToRelativePath(workspace.RootPath, document.FullPath);
                if (open is not null && relative is not null)
                {
                    vault = vault.WithNote(NoteParser.Parse(relative, open.Note.Text));
                }
            }

            workspaces.RemoveAll(w => w.IsSingleFile && (ServerState.IsInside(w.RootPath, workspace.RootPath) || string.Equals(w.RootPath, workspace.RootPath, Uris.PathComparison)));
            workspaces.Add(workspace with { Vault = vault });
        }

        _state = state with { Workspaces = [.. workspaces] };
    }

    /// <summary>Reads a workspace again from disk, keeping the open notes' text; every note of it is affected.</summary>
    public MutationResult ReloadWorkspace(VaultWorkspace workspace)
    {
        VaultWorkspace reloaded = workspace.IsSingleFile
            ? WorkspaceLoader.LoadSingleFileFolder(workspace.RootPath)
            : WorkspaceLoader.LoadFolder(workspace.RootPath, workspace.Name, CancellationToken.None);
        VaultSnapshot vault = reloaded.Vault;
        foreach (OpenDocument document in _state.OpenDocuments.Values)
        {
            NoteContext? open = _state.TryLocatePath(document.FullPath);
            if (open is not null && open.Workspace.RootPath == workspace.RootPath)
            {
                vault = vault.WithNote(open.Note);
            }
        }

        SetVault(workspace, vault);
        return new MutationResult(vault.Notes.Select(n => new NoteKey(workspace.RootPath, n.Path)).ToArray(), AllNotes: true);
    }

    private MutationResult ReplaceNote(string rootPath, string relativePath, SourceText text) =>
        ReplaceNote(rootPath, relativePath, NoteParser.Parse(relativePath, text));

    private MutationResult ReplaceNote(string rootPath, string relativePath, Note note)
    {
        VaultWorkspace workspace = _state.FindWorkspaceByRoot(rootPath)!;
        Note? before = workspace.Vault.FindNote(relativePath);
        VaultSnapshot vault = workspace.Vault.WithNote(note);
        SetVault(workspace, vault);
        return Keys(rootPath, AffectedNotes.Find(vault, before, note));
    }

    private MutationResult RemoveNote(string rootPath, string relativePath)
    {
        VaultWorkspace workspace = _state.FindWorkspaceByRoot(rootPath)!;
        Note? before = workspace.Vault.FindNote(relativePath);
        if (before is null)
        {
            return MutationResult.None;
        }

        VaultSnapshot vault = workspace.Vault.WithoutNote(relativePath);
        SetVault(workspace, vault);
        return Keys(rootPath, AffectedNotes.Find(vault, before, null).Append(relativePath));
    }

    /// <summary>Removes a deleted note, attachment or folder with everything under it.</summary>
    private MutationResult RemovePath(VaultWorkspace workspace, string relative)
    {
        if (workspace.Vault.FindNote(relative) is not null)
        {
            return RemoveNote(workspace.RootPath, relative);
        }

        if (workspace.Vault.ContainsAttachment(relative))
        {
            VaultSnapshot vault = workspace.Vault.WithoutAttachment(relative);
            SetVault(workspace, vault);
            return Keys(workspace.RootPath, AffectedNotes.FindForAttachment(vault, relative));
        }

        string prefix = relative + "/";
        var affected = new List<NoteKey>();
        foreach (Note note in workspace.Vault.Notes.Where(n => n.Path.StartsWith(prefix, StringComparison.Ordinal)).ToArray())
        {
            affected.AddRange(RemoveNote(workspace.RootPath, note.Path).Affected);
        }

        VaultWorkspace current = _state.FindWorkspaceByRoot(workspace.RootPath)!;
        foreach (string attachment in current.Vault.AttachmentPaths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToArray())
        {
            VaultSnapshot vault = _state.FindWorkspaceByRoot(workspace.RootPath)!.Vault.WithoutAttachment(attachment);
            SetVault(current, vault);
            affected.AddRange(Keys(workspace.RootPath, AffectedNotes.FindForAttachment(vault, attachment)).Affected);
        }

        return new MutationResult(affected);
    }

    /// <summary>Adds the notes of a folder that appeared in the workspace, such as one moved in from outside.</summary>
    private MutationResult AddFolder(VaultWorkspace workspace, string fullPath)
    {
        var affected = new List<NoteKey>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (string file in Directory.EnumerateFiles(fullPath, "*.md", options))
        {
            string relative = RelativePath(workspace, file);
            if (!VaultLoader.IsExcluded(relative, workspace.Vault.Config) && !_state.OpenDocuments.ContainsKey(file))
            {
                affected.AddRange(ReplaceNote(workspace.RootPath, relative, VaultLoader.ReadNote(workspace.RootPath, relative)).Affected);
            }
        }

        return new MutationResult(affected);
    }

    private void SetVault(VaultWorkspace workspace, VaultSnapshot vault)
    {
        ServerState state = _state;
        int index = 0;
        while (state.Workspaces[index].RootPath != workspace.RootPath)
        {
            index++;
        }

        VaultWorkspace current = state.Workspaces[index];
        _state = state with { Workspaces = state.Workspaces.SetItem(index, current with { Vault = vault }) };
    }

    private static MutationResult Keys(string rootPath, IEnumerable<string> notePaths) =>
        new(notePaths.Select(p => new NoteKey(rootPath, p)).ToArray());

    private static string RelativePath(VaultWorkspace workspace, string fullPath) =>
        VaultLoader.ToRelativePath(workspace.RootPath, fullPath)
        ?? throw new InvalidOperationException($"'{fullPath}' is not inside the vault '{workspace.RootPath}'.");

    private static string RequirePath(string uri)
    {
        string? path = Uris.TryToPath(uri, out string? error);
        return path is null ? throw new InvalidUriException(error!) : Path.GetFullPath(path);
    }
}
