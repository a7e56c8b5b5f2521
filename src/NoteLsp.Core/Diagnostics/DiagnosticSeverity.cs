namespace NoteLsp.Core.Diagnostics;

/// <summary>How serious a diagnostic is. The values match LSP's DiagnosticSeverity.</summary>
public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}
