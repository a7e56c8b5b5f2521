using System.Text.Json;
using System.Text.Json.Serialization;

namespace NoteLsp.Server.Protocol;

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

/// <param name="Diagnostics">The diagnostics the client shows at the range, as the server sent them.</param>
/// <param name="Only">The action kinds the client asks for, or null for all.</param>
public sealed record CodeActionContext(Diagnostic[] Diagnostics, string[]? Only);

/// <param name="Data">What <c>codeAction/resolve</c> needs to compute <see cref="Edit"/>. Sent back unchanged by the client.</param>
public sealed record CodeAction(
    string Title,
    string? Kind,
    Diagnostic[]? Diagnostics,
    bool? IsPreferred,
    WorkspaceEdit? Edit,
    JsonElement? Data);

public sealed record CodeActionOptions(string[] CodeActionKinds, bool ResolveProvider);

/// <param name="DocumentChanges">Text document edits and create, rename and delete operations, applied in order.</param>
public sealed record WorkspaceEdit(object[] DocumentChanges);

/// <param name="TextDocument">The note and the version the edits apply to. A null version means the text on disk.</param>
public sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, TextEdit[] Edits);

public sealed record OptionalVersionedTextDocumentIdentifier(string Uri, int? Version)
{
    /// <summary>Keeps <c>"version": null</c> in the JSON, because LSP reads a missing version differently from a null one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version { get; init; } = Version;
}

public sealed record TextEdit(Range Range, string NewText);

/// <summary>A <c>create</c> resource operation.</summary>
public sealed record CreateFileOperation(string Uri, FileOperationOptions Options, string Kind = "create");

/// <summary>A <c>rename</c> resource operation.</summary>
public sealed record RenameFileOperation(string OldUri, string NewUri, FileOperationOptions Options, string Kind = "rename");

public sealed record FileOperationOptions(bool Overwrite, bool IgnoreIfExists);

public sealed record ApplyWorkspaceEditParams(string? Label, WorkspaceEdit Edit);

public sealed record ApplyWorkspaceEditResult(bool Applied, string? FailureReason);

public sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);

public sealed record ExecuteCommandOptions(string[] Commands);

/// <summary>The argument of the <c>notelsp.newNote</c> command.</summary>
/// <param name="Name">The note to create, such as <c>docker-images-layers</c> or <c>projects/plan</c>.</param>
/// <param name="Template">The template name. Null lets the vault's rules choose.</param>
/// <param name="Folder">The workspace folder URI to create the note in. Null for the first workspace folder.</param>
public sealed record NewNoteArguments(string Name, string? Template, string? Folder);

/// <summary>The result of <c>notelsp.newNote</c>: the URI of the created note, for the client to open.</summary>
public sealed record NewNoteResult(string Uri);
