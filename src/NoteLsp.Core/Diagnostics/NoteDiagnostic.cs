using NoteLsp.Core.Text;

namespace NoteLsp.Core.Diagnostics;

/// <summary>
/// A problem found in a note: a stable code from <see cref="DiagnosticCodes"/>, a severity, the
/// span it covers in the note's text and a message that says what to do.
/// </summary>
/// <param name="Related">Other places that explain the problem, such as every candidate of an ambiguous link.</param>
/// <param name="Data">Values a quick fix needs, such as the link target; keys are listed per code in DiagnosticCodes.</param>
public sealed record NoteDiagnostic(
    string Code,
    DiagnosticSeverity Severity,
    TextSpan Span,
    string Message,
    IReadOnlyList<RelatedLocation>? Related = null,
    IReadOnlyDictionary<string, string>? Data = null);

/// <summary>A place in another note (or the same one) that a diagnostic points to.</summary>
/// <param name="NotePath">Vault-relative path with '/' separators.</param>
public sealed record RelatedLocation(string NotePath, TextSpan Span, string Message);
