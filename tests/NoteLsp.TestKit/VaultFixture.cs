using NoteLsp.Core.Checks;
using NoteLsp.Core.Config;
using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Parsing;
using NoteLsp.Core.Text;
using NoteLsp.Core.Vault;

namespace NoteLsp.TestKit;

/// <summary>
/// Builds an in-memory vault from path → text pairs, with no disk and no clock. Paths are
/// vault-relative; a path without <c>.md</c> is an attachment and its text is ignored.
/// </summary>
public static class VaultFixture
{
    public const string Root = "/vault";

    public static VaultSnapshot Create(params (string Path, string Text)[] files) => Create(VaultConfig.Default, files);

    public static VaultSnapshot Create(VaultConfig config, params (string Path, string Text)[] files)
    {
        var notes = files.Where(f => NotePaths.IsMarkdown(f.Path)).Select(f => Parse(f.Path, f.Text));
        var attachments = files.Where(f => !NotePaths.IsMarkdown(f.Path)).Select(f => f.Path);
        return VaultSnapshot.Create(Root, config, notes, attachments);
    }

    public static Note Parse(string path, string text) => NoteParser.Parse(path, SourceText.From(text));

    /// <summary>Joins lines with '\n', so that tests can spell a note line by line.</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines);

    /// <summary>Returns the link diagnostics of <paramref name="note"/> only, so that metadata checks on bare test notes do not interfere.</summary>
    public static NoteDiagnostic[] CheckLinks(VaultSnapshot vault, Note note)
    {
        var diagnostics = new List<NoteDiagnostic>();
        LinkChecker.Check(vault, note, diagnostics);
        return diagnostics.ToArray();
    }
}
