using System.Text.Json;
using NoteLsp.Core.Features.Completion;
using NoteLsp.Server.Conversion;
using NoteLsp.Server.Protocol;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary><c>textDocument/completion</c>: links, headings, block ids, tags, metadata keys and values, review dates.</summary>
public sealed class CompletionHandler(HandlerContext context)
{
    /// <summary>The characters after which the client asks for completion without being invoked.</summary>
    public static string[] TriggerCharacters { get; } = ["[", "#", "^", "|"];

    private static readonly Protocol.CompletionList Empty = new(false, []);

    [JsonRpcMethod(Methods.TextDocumentCompletion, UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.CompletionList> CompletionAsync(CompletionParams request, CancellationToken cancellationToken) =>
        context.ReadNoteAsync(Methods.TextDocumentCompletion, request.TextDocument.Uri, Empty, (note, _, token) =>
        {
            var options = new Core.Features.Completion.CompletionOptions(context.Options.Today());
            Core.Features.Completion.CompletionList result = CompletionService.Complete(note.Vault, note.Note, Positions.FromLsp(request.Position), options, token);
            return CompletionConversion.ToLsp(result, note.Note.Text, SupportsInsertReplace());
        }, cancellationToken);

    private bool SupportsInsertReplace() =>
        context.Session.ClientCapabilities.TextDocument?.Completion is { ValueKind: JsonValueKind.Object } completion
        && completion.TryGetProperty("completionItem", out JsonElement item)
        && item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty("insertReplaceSupport", out JsonElement support)
        && support.ValueKind == JsonValueKind.True;
}
