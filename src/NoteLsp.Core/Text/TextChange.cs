namespace NoteLsp.Core.Text;

/// <summary>Replaces <see cref="Span"/> with <see cref="NewText"/>.</summary>
public readonly record struct TextChange(TextSpan Span, string NewText);
