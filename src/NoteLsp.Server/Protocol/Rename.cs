namespace NoteLsp.Server.Protocol;

public sealed record PrepareRenameParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

/// <summary>A workspace edit in the <c>documentChanges</c> form: text edits and file operations, applied in order.</summary>
public sealed record WorkspaceEdit(object[] DocumentChanges);

/// <param name="TextDocument">The note; a null version means the server read the note from disk.</param>
public sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, TextEdit[] Edits);

public sealed record OptionalVersionedTextDocumentIdentifier(string Uri, int? Version);

/// <summary>A file rename; <see cref="Kind"/> is always "rename".</summary>
public sealed record RenameFileOperation(string OldUri, string NewUri, FileOperationOptions? Options)
{
    public string Kind { get; init; } = "rename";
}

/// <summary>A file creation; <see cref="Kind"/> is always "create".</summary>
public sealed record CreateFileOperation(string Uri, FileOperationOptions? Options)
{
    public string Kind { get; init; } = "create";
}

public sealed record FileOperationOptions(bool? Overwrite, bool? IgnoreIfExists);

public sealed record RenameFilesParams(FileRenameEvent[] Files);

public sealed record FileRenameEvent(string OldUri, string NewUri);

public sealed record FileOperationRegistrationOptions(FileOperationFilter[] Filters);

public sealed record FileOperationFilter(string? Scheme, FileOperationPattern Pattern);

public sealed record FileOperationPattern(string Glob);
