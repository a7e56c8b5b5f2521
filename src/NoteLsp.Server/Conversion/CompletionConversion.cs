using NoteLsp.Core.Features.Completion;
using NoteLsp.Core.Text;
using NoteLsp.Server.Protocol;
using CoreCompletionItem = NoteLsp.Core.Features.Completion.CompletionItem;
using CoreCompletionList = NoteLsp.Core.Features.Completion.CompletionList;

namespace NoteLsp.Server.Conversion;

/// <summary>Converts Core completion items into LSP ones.</summary>
public static class CompletionConversion
{
    /// <summary>
    /// Returns the LSP list. With <paramref name="insertReplaceSupport"/> each item carries an
    /// <see cref="InsertReplaceEdit"/>; otherwise a <see cref="Protocol.TextEdit"/> over the replace range.
    /// </summary>
    public static Protocol.CompletionList ToLsp(CoreCompletionList list, SourceText text, bool insertReplaceSupport)
    {
        var items = new Protocol.CompletionItem[list.Items.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = ToLsp(list.Items[i], text, insertReplaceSupport);
        }

        return new Protocol.CompletionList(list.IsIncomplete, items);
    }

    private static Protocol.CompletionItem ToLsp(CoreCompletionItem item, SourceText text, bool insertReplaceSupport)
    {
        Protocol.Range replace = Positions.ToLsp(text, item.ReplaceSpan);
        object edit = insertReplaceSupport
            ? new InsertReplaceEdit(item.NewText, Positions.ToLsp(text, item.InsertSpan), replace)
            : new Protocol.TextEdit(replace, item.NewText);

        return new Protocol.CompletionItem(item.Label, ToLsp(item.Kind))
        {
            LabelDetails = item.Description is null ? null : new CompletionItemLabelDetails(null, item.Description),
            Detail = item.Detail,
            Documentation = item.Documentation is null ? null : MarkupContent.Markdown(item.Documentation),
            SortText = item.SortText,
            FilterText = item.FilterText,
            TextEdit = edit,
        };
    }

    private static int ToLsp(CompletionItemKind kind) => kind switch
    {
        CompletionItemKind.Note or CompletionItemKind.Attachment => CompletionItemKinds.File,
        CompletionItemKind.Alias or CompletionItemKind.Heading or CompletionItemKind.Block => CompletionItemKinds.Reference,
        CompletionItemKind.Tag => CompletionItemKinds.Keyword,
        CompletionItemKind.MetadataKey => CompletionItemKinds.Property,
        CompletionItemKind.MetadataValue => CompletionItemKinds.EnumMember,
        CompletionItemKind.Date => CompletionItemKinds.Value,
        _ => CompletionItemKinds.Text,
    };
}
