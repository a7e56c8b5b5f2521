using NoteLsp.Core.Diagnostics;
using NoteLsp.Core.Text;
using NoteLsp.Server.Protocol;

namespace NoteLsp.Server.Conversion;

/// <summary>Converts Core diagnostics to LSP diagnostics; every diagnostic the server sends goes through here.</summary>
public static class DiagnosticConversion
{
    public const string Source = "notelsp";

    /// <summary>Converts <paramref name="diagnostic"/> of the note whose text is <paramref name="text"/>.</summary>
    /// <param name="relatedNote">Returns the text and URI of a related note by vault-relative path, or null when it is not in the vault.</param>
    public static Diagnostic ToLsp(NoteDiagnostic diagnostic, SourceText text, Func<string, (SourceText Text, string Uri)?> relatedNote)
    {
        DiagnosticRelatedInformation[]? related = null;
        if (diagnostic.Related is { Count: > 0 })
        {
            related = diagnostic.Related
                .Select(r => ToRelated(r, relatedNote(r.NotePath)))
                .OfType<DiagnosticRelatedInformation>()
                .ToArray();
        }

        return new Diagnostic(
            Positions.ToLsp(text, diagnostic.Span),
            (int)diagnostic.Severity,
            diagnostic.Code,
            Source,
            diagnostic.Message,
            CodeDescription: null,
            RelatedInformation: related is { Length: > 0 } ? related : null,
            Data: diagnostic.Data);
    }

    /// <summary>Returns the one diagnostic that stands for a failure of the server itself while it analysed a note.</summary>
    /// <summary>Converts a problem in a vault's <c>.notelsp.yaml</c>; its position is already a line and column of that file.</summary>
    public static Diagnostic ConfigProblem(Core.Config.ConfigProblem problem)
    {
        var position = new Position(problem.Line, problem.Character);
        return new Diagnostic(
            new Protocol.Range(position, position),
            (int)DiagnosticCodes.InvalidConfig.DefaultSeverity,
            DiagnosticCodes.InvalidConfig.Code,
            Source,
            problem.Message);
    }

    public static Diagnostic InternalError(string message) => new(
        new Protocol.Range(new Position(0, 0), new Position(0, 0)),
        (int)DiagnosticSeverity.Error,
        DiagnosticCodes.InternalError.Code,
        Source,
        $"NoteLsp failed while analysing this note: {message} (the server log has the details).");

    private static DiagnosticRelatedInformation? ToRelated(RelatedLocation location, (SourceText Text, string Uri)? note)
    {
        if (note is null)
        {
            return null;
        }

        return new DiagnosticRelatedInformation(new Location(note.Value.Uri, Positions.ToLsp(note.Value.Text, location.Span)), location.Message);
    }
}
