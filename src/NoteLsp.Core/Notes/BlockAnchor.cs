using NoteLsp.Core.Text;

namespace NoteLsp.Core.Notes;

/// <summary>A block id: <c>^id</c> at the end of a paragraph or list item, or on its own line after a block.</summary>
/// <param name="Id">The id without its caret.</param>
/// <param name="Span">The span of <c>^id</c>.</param>
/// <param name="BlockSpan">The block the id names.</param>
public sealed record BlockAnchor(string Id, TextSpan Span, TextSpan BlockSpan);
