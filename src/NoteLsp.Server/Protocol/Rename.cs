namespace NoteLsp.Server.Protocol;

public sealed record PrepareRenameParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record RenameFilesParams(FileRenameEvent[] Files);

public sealed record FileRenameEvent(string OldUri, string NewUri);

public sealed record FileOperationRegistrationOptions(FileOperationFilter[] Filters);

public sealed record FileOperationFilter(string? Scheme, FileOperationPattern Pattern);

public sealed record FileOperationPattern(string Glob);
