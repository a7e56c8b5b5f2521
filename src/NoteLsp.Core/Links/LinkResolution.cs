using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Links;

/// <summary>How a link's target was found.</summary>
public enum LinkResolutionKind
{
    /// <summary>One note or attachment matches.</summary>
    Resolved,

    /// <summary>Several notes match; <see cref="LinkResolution.TargetPath"/> is the one chosen.</summary>
    Ambiguous,

    /// <summary>Nothing matches.</summary>
    Unresolved,

    /// <summary>Nothing matches by name, but notes declare the target as an alias.</summary>
    AliasOnly,

    /// <summary>The link names nothing: <c>[[ ]]</c>, <c>[[|x]]</c>, <c>[[#]]</c>.</summary>
    Empty,
}

/// <summary>Whether the part after <c>#</c> was found in the target note.</summary>
public enum FragmentStatus
{
    None,
    Found,
    HeadingMissing,
    BlockMissing,
}

/// <summary>
/// The outcome of resolving one wiki link.
/// </summary>
/// <param name="Target">The normalized target text (see <see cref="LinkTarget.Normalize"/>).</param>
/// <param name="TargetPath">The vault-relative path of the chosen note or attachment, or null.</param>
/// <param name="IsAttachment">Whether <see cref="TargetPath"/> is an attachment rather than a note.</param>
/// <param name="Candidates">Every matching path in resolution order: the notes of an ambiguous link, the alias holders of an alias-only link.</param>
/// <param name="Heading">The heading the fragment names, when found.</param>
/// <param name="Block">The block the fragment names, when found.</param>
public sealed record LinkResolution(
    LinkResolutionKind Kind,
    string Target,
    string? TargetPath,
    bool IsAttachment,
    IReadOnlyList<string> Candidates,
    FragmentStatus Fragment,
    Heading? Heading,
    BlockAnchor? Block)
{
    public bool HasTarget => TargetPath is not null;
}
