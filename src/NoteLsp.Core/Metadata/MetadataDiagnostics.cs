using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Text;

namespace NoteLsp.Core.Metadata;

/// <summary>Builds the diagnostics of the metadata and review checks with their default severity.</summary>
internal static class MetadataDiagnostics
{
    /// <param name="field">The metadata key the diagnostic is about, stored as <c>field</c> in the data for quick fixes; null for none.</param>
    public static NoteDiagnostic Create(
        DiagnosticDescriptor descriptor,
        TextSpan span,
        string message,
        string? field = null,
        IReadOnlyList<RelatedLocation>? related = null,
        DiagnosticSeverity? severity = null)
    {
        Dictionary<string, string>? data = field is null ? null : new Dictionary<string, string> { ["field"] = field };
        return new NoteDiagnostic(descriptor.Code, severity ?? descriptor.DefaultSeverity, span, message, related, data);
    }
}
