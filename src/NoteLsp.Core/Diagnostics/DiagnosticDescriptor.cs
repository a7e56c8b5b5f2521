namespace NoteLsp.Core.Diagnostics;

/// <summary>The fixed facts about one diagnostic code: its name, default severity and a one-line summary.</summary>
public sealed record DiagnosticDescriptor(string Code, string Name, DiagnosticSeverity DefaultSeverity, string Summary);
