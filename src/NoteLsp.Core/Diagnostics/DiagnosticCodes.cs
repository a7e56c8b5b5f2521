namespace NoteLsp.Core.Diagnostics;

/// <summary>
/// Every diagnostic code NoteLsp reports. Codes never change meaning once published;
/// docs/diagnostics.md has a section for each.
/// </summary>
public static class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor InvalidConfig =
        new("NL0001", "invalid-config", DiagnosticSeverity.Error, "The vault's .notelsp.yaml is invalid; the defaults apply.");

    public static readonly DiagnosticDescriptor BrokenLink =
        new("NL1001", "broken-link", DiagnosticSeverity.Error, "A wiki link names a note or attachment that does not exist.");

    public static readonly DiagnosticDescriptor BrokenHeading =
        new("NL1002", "broken-heading", DiagnosticSeverity.Error, "A wiki link names a heading that its target note does not have.");

    public static readonly DiagnosticDescriptor BrokenBlockReference =
        new("NL1003", "broken-block-reference", DiagnosticSeverity.Error, "A wiki link names a block id that its target note does not have.");

    public static readonly DiagnosticDescriptor AmbiguousLink =
        new("NL1004", "ambiguous-link", DiagnosticSeverity.Warning, "A wiki link matches several notes.");

    public static readonly DiagnosticDescriptor AliasUsedAsTarget =
        new("NL1005", "alias-used-as-target", DiagnosticSeverity.Warning, "A wiki link names an alias instead of the note that declares it.");

    public static readonly DiagnosticDescriptor EmptyLink =
        new("NL1006", "empty-link", DiagnosticSeverity.Warning, "A wiki link has no target.");

    public static readonly DiagnosticDescriptor InvalidUtf8 =
        new("NL4001", "invalid-utf8", DiagnosticSeverity.Error, "The file is not valid UTF-8.");

    public static readonly DiagnosticDescriptor BinaryFile =
        new("NL4002", "binary-file", DiagnosticSeverity.Error, "A .md file holds binary data.");

    public static readonly DiagnosticDescriptor FileTooLarge =
        new("NL4003", "file-too-large", DiagnosticSeverity.Warning, "A note is too large to analyse.");

    public static readonly DiagnosticDescriptor DoubleEncoded =
        new("NL4004", "double-encoded-text", DiagnosticSeverity.Warning, "The text looks like UTF-8 that was decoded as Windows-1252 and encoded again.");

    public static readonly DiagnosticDescriptor InternalError =
        new("NL9001", "internal-error", DiagnosticSeverity.Error, "NoteLsp failed while analysing the note.");

    /// <summary>Every known descriptor, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        InvalidConfig, BrokenLink, BrokenHeading, BrokenBlockReference, AmbiguousLink, AliasUsedAsTarget, EmptyLink,
        InvalidUtf8, BinaryFile, FileTooLarge, DoubleEncoded, InternalError,
    }.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();

    /// <summary>Returns the descriptor for <paramref name="codeOrName"/> (a code such as NL1001 or a name such as broken-link), or null.</summary>
    public static DiagnosticDescriptor? Find(string codeOrName) =>
        All.FirstOrDefault(d => string.Equals(d.Code, codeOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(d.Name, codeOrName, StringComparison.OrdinalIgnoreCase));
}
