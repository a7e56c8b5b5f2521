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

    // NL2001 and NL2003 to NL2012 carry the metadata key they are about as Data["field"].
    public static readonly DiagnosticDescriptor MissingRequiredField =
        new("NL2001", "missing-required-field", DiagnosticSeverity.Error, "The note's metadata lacks a field that its schema requires.");

    public static readonly DiagnosticDescriptor InvalidYaml =
        new("NL2002", "invalid-yaml", DiagnosticSeverity.Error, "The note's metadata is not valid YAML.");

    public static readonly DiagnosticDescriptor DuplicateKey =
        new("NL2003", "duplicate-key", DiagnosticSeverity.Error, "A metadata key appears twice; the first occurrence is used.");

    public static readonly DiagnosticDescriptor WrongFieldType =
        new("NL2004", "wrong-field-type", DiagnosticSeverity.Error, "A metadata value has the wrong shape, such as a single value where a list is expected.");

    public static readonly DiagnosticDescriptor EmptyField =
        new("NL2005", "empty-field", DiagnosticSeverity.Error, "A required metadata field is present but has no value.");

    public static readonly DiagnosticDescriptor InvalidTag =
        new("NL2006", "invalid-tag", DiagnosticSeverity.Error, "A tag is not lowercase kebab-case words joined by '/'.");

    public static readonly DiagnosticDescriptor InvalidDate =
        new("NL2007", "invalid-date", DiagnosticSeverity.Error, "A metadata date is not a calendar date written YYYY-MM-DD.");

    public static readonly DiagnosticDescriptor FutureDate =
        new("NL2008", "future-date", DiagnosticSeverity.Warning, "A metadata date that cannot be in the future, such as created, is after today.");

    public static readonly DiagnosticDescriptor InvalidRating =
        new("NL2009", "invalid-rating", DiagnosticSeverity.Error, "A rating is not N stars followed by (N/5).");

    public static readonly DiagnosticDescriptor InvalidDuration =
        new("NL2010", "invalid-duration", DiagnosticSeverity.Error, "A duration is not written like 45min, 2h, 1h30min, 3d or 2w.");

    public static readonly DiagnosticDescriptor ValueNotAllowed =
        new("NL2011", "value-not-allowed", DiagnosticSeverity.Error, "A metadata value is not one of the allowed values or does not match the schema's pattern.");

    public static readonly DiagnosticDescriptor UnknownField =
        new("NL2012", "unknown-field", DiagnosticSeverity.Warning, "A metadata field is not in the note's schema, and the schema reports unknown fields.");

    public static readonly DiagnosticDescriptor DuplicateMetadata =
        new("NL2013", "duplicate-metadata", DiagnosticSeverity.Warning, "The note has both YAML front matter and a Metadata section.");

    public static readonly DiagnosticDescriptor MissingMetadata =
        new("NL2014", "missing-metadata", DiagnosticSeverity.Warning, "The note has no metadata block, and its schema requires one.");

    public static readonly DiagnosticDescriptor ReviewOverdue =
        new("NL3001", "review-overdue", DiagnosticSeverity.Warning, "The note's next review date is before today.");

    public static readonly DiagnosticDescriptor ReviewDueSoon =
        new("NL3002", "review-due-soon", DiagnosticSeverity.Information, "The note's next review is today or within the due-soon window.");

    public static readonly DiagnosticDescriptor InvalidReviewDate =
        new("NL3003", "invalid-review-date", DiagnosticSeverity.Error, "A next-review or last-update date is not a calendar date written YYYY-MM-DD.");

    public static readonly DiagnosticDescriptor ReviewNotAfterUpdate =
        new("NL3004", "review-not-after-update", DiagnosticSeverity.Warning, "The next review is on or before the last update.");

    public static readonly DiagnosticDescriptor UpdateBeforeCreated =
        new("NL3005", "update-before-created", DiagnosticSeverity.Warning, "The last update is before the note's created date.");

    public static readonly DiagnosticDescriptor MissingReviewInterval =
        new("NL3006", "missing-review-interval", DiagnosticSeverity.Hint, "The next review has no interval such as (+1 month).");

    public static readonly DiagnosticDescriptor InvalidReviewInterval =
        new("NL3007", "invalid-review-interval", DiagnosticSeverity.Warning, "The review interval is not + and a number of days, weeks, months or years.");

    public static readonly DiagnosticDescriptor StatusMismatch =
        new("NL3008", "status-mismatch", DiagnosticSeverity.Hint, "A status/... tag disagrees with the Status line of the Stats block.");

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
        MissingRequiredField, InvalidYaml, DuplicateKey, WrongFieldType, EmptyField, InvalidTag, InvalidDate, FutureDate,
        InvalidRating, InvalidDuration, ValueNotAllowed, UnknownField, DuplicateMetadata, MissingMetadata,
        ReviewOverdue, ReviewDueSoon, InvalidReviewDate, ReviewNotAfterUpdate, UpdateBeforeCreated, MissingReviewInterval,
        InvalidReviewInterval, StatusMismatch,
        InvalidUtf8, BinaryFile, FileTooLarge, DoubleEncoded, InternalError,
    }.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();

    /// <summary>Returns the descriptor for <paramref name="codeOrName"/> (a code such as NL1001 or a name such as broken-link), or null.</summary>
    public static DiagnosticDescriptor? Find(string codeOrName) =>
        All.FirstOrDefault(d => string.Equals(d.Code, codeOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(d.Name, codeOrName, StringComparison.OrdinalIgnoreCase));
}
