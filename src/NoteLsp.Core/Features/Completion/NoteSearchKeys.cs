using System.Runtime.CompilerServices;
using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Features.Completion;

/// <summary>
/// The folded forms (see <see cref="FuzzyMatcher.Fold"/>) of what completion matches a note by.
/// They are computed once per note and shared by every snapshot that contains the note, so a
/// request after an edit folds only the edited note again.
/// </summary>
internal sealed class NoteSearchKeys
{
    private static readonly ConditionalWeakTable<Note, NoteSearchKeys> Cache = new();

    private NoteSearchKeys(Note note)
    {
        Name = FuzzyMatcher.Fold(note.Name);
        Title = note.Title is null ? null : FuzzyMatcher.Fold(note.Title);
        PathWithoutExtension = FuzzyMatcher.Fold(NotePaths.WithoutMarkdownExtension(note.Path));
        Aliases = note.Aliases.Select(FuzzyMatcher.Fold).ToArray();
        Folder = note.Folder;
    }

    /// <summary>The note's folder as <see cref="Note.Folder"/> returns it, kept to save a substring per request.</summary>
    public string Folder { get; }

    public string Name { get; }

    public string? Title { get; }

    public string PathWithoutExtension { get; }

    public IReadOnlyList<string> Aliases { get; }

    public static NoteSearchKeys For(Note note) => Cache.GetValue(note, static n => new NoteSearchKeys(n));
}
