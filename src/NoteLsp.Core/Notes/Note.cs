using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Notes;

/// <summary>
/// The immutable parse result of one note: its text and everything the vault indexes.
/// </summary>
/// <param name="Path">Vault-relative path with '/' separators, such as <c>docker/images.md</c>.</param>
/// <param name="Title">The text of the first level-1 heading, or null.</param>
/// <param name="Aliases">The <c>aliases</c> (or <c>alias</c>) listed in the note's metadata.</param>
/// <param name="FileDiagnostics">Problems found while reading the file, such as invalid UTF-8.</param>
public sealed record Note(
    string Path,
    SourceText Text,
    string? Title,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<WikiLink> Links,
    IReadOnlyList<BlockAnchor> Blocks,
    IReadOnlyList<DataBlock> DataBlocks,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<NoteDiagnostic> FileDiagnostics)
{
    /// <summary>The note's name: its file name without the <c>.md</c> extension.</summary>
    public string Name => NotePaths.GetStem(Path);

    /// <summary>The vault-relative folder, empty for the vault root.</summary>
    public string Folder => NotePaths.GetFolder(Path);
}
