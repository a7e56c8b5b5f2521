using NoteLsp.Core.Notes;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.Completion;

/// <summary>
/// Completion in a note: note names, aliases, attachments, headings and block ids inside wiki
/// links; keys and values inside the metadata block; dates in the review footer.
/// </summary>
public static class CompletionService
{
    /// <summary>
    /// Returns the items for the cursor at <paramref name="position"/> in <paramref name="note"/>,
    /// or <see cref="CompletionList.Empty"/> when nothing can be completed there.
    /// </summary>
    /// <summary>
    /// Computes the per-note search keys and metadata values that completion caches, so that the
    /// first request after a vault load does not pay for every note (hundreds of milliseconds at
    /// 10,000 notes). Safe to run on a background thread; stops early when cancelled.
    /// </summary>
    public static void Prepare(VaultSnapshot vault, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vault);
        foreach (Note note in vault.Notes)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            NoteSearchKeys.For(note);
            NoteMetadataValues.For(note);
        }
    }

    public static CompletionList Complete(VaultSnapshot vault, Note note, LinePosition position, CompletionOptions options, CancellationToken cancellationToken = default) =>
        Complete(vault, note, note.Text.GetOffset(position), options, cancellationToken);

    /// <inheritdoc cref="Complete(VaultSnapshot, Note, LinePosition, CompletionOptions, CancellationToken)"/>
    public static CompletionList Complete(VaultSnapshot vault, Note note, int offset, CompletionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(options);
        offset = Math.Clamp(offset, 0, note.Text.Length);

        LinkCompletionContext? link = LinkCompletionContext.TryRead(note.Text, offset);
        if (link is not null)
        {
            return LinkCompletionProvider.Complete(vault, note, link, options, cancellationToken);
        }

        return MetadataCompletionProvider.Complete(vault, note, offset, options, cancellationToken)
            ?? ReviewFooterCompletionProvider.Complete(note, offset, options)
            ?? CompletionList.Empty;
    }
}
