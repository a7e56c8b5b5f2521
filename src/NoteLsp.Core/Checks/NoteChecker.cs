using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Metadata;
using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Checks;

/// <summary>Runs every check on a note and returns its diagnostics in text order.</summary>
public static class NoteChecker
{
    public static IReadOnlyList<NoteDiagnostic> Check(VaultSnapshot vault, Note note, CheckOptions options)
    {
        var diagnostics = new List<NoteDiagnostic>(note.FileDiagnostics);
        LinkChecker.Check(vault, note, diagnostics);
        NoteMetadata metadata = MetadataChecker.Check(vault.Config.Metadata, note, options, diagnostics);
        ReviewChecker.Check(vault.Config.Review, note, metadata, options, diagnostics);
        StatusChecker.Check(note, metadata, diagnostics);

        // Severity overrides from the config apply to every code, so they run after all checks.
        diagnostics = [.. vault.Config.Severity.Apply(diagnostics)];
        diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start
            ? a.Span.Start.CompareTo(b.Span.Start)
            : string.CompareOrdinal(a.Code, b.Code));
        return diagnostics;
    }

    /// <summary>Checks every note of the vault in parallel; the result is ordered by note path.</summary>
    public static IReadOnlyList<(Note Note, IReadOnlyList<NoteDiagnostic> Diagnostics)> CheckAll(
        VaultSnapshot vault, CheckOptions options, CancellationToken cancellationToken = default)
    {
        return vault.Notes
            .AsParallel()
            .WithCancellation(cancellationToken)
            .Select(note => (note, Check(vault, note, options)))
            .OrderBy(r => r.note.Path, StringComparer.Ordinal)
            .ToArray();
    }
}
