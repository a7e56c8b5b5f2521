namespace NoteLsp.Server.Protocol;

public sealed record Diagnostic(
    Range Range,
    int Severity,
    string Code,
    string Source,
    string Message,
    CodeDescription? CodeDescription = null,
    DiagnosticRelatedInformation[]? RelatedInformation = null,
    IReadOnlyDictionary<string, string>? Data = null);

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId);

/// <summary>A full diagnostic report; <see cref="Kind"/> is always "full" because the server keeps no result ids.</summary>
public sealed record FullDocumentDiagnosticReport(Diagnostic[] Items, string Kind = "full");

public sealed record WorkspaceDiagnosticParams(string? Identifier);

public sealed record WorkspaceDiagnosticReport(WorkspaceFullDocumentDiagnosticReport[] Items);

public sealed record WorkspaceFullDocumentDiagnosticReport(string Uri, int? Version, Diagnostic[] Items, string Kind = "full");

public sealed record DiagnosticOptions(bool InterFileDependencies, bool WorkspaceDiagnostics, string? Identifier = null);
