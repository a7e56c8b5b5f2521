using System.Text.Json;

namespace NoteLsp.Server.Protocol;

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

/// <param name="Type">1 = created, 2 = changed, 3 = deleted.</param>
public sealed record FileEvent(string Uri, int Type);

public static class FileChangeTypes
{
    public const int Created = 1;
    public const int Changed = 2;
    public const int Deleted = 3;
}

public sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

public sealed record FileSystemWatcher(string GlobPattern);

public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

public sealed record WorkspaceFoldersChangeEvent(WorkspaceFolder[] Added, WorkspaceFolder[] Removed);

public sealed record DidChangeConfigurationParams(JsonElement? Settings);

public sealed record ConfigurationParams(ConfigurationItem[] Items);

public sealed record ConfigurationItem(string? ScopeUri, string? Section);
