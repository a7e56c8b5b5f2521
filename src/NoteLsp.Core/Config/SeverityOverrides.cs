using NoteLsp.Core.Diagnostics;

namespace NoteLsp.Core.Config;

/// <summary>
/// The severity the vault's config sets per diagnostic code, such as
/// <c>severity: { NL1001: warning, NL3002: off }</c>. A null severity turns the code off.
/// </summary>
public sealed class SeverityOverrides
{
    private readonly IReadOnlyDictionary<string, DiagnosticSeverity?> _byCode;

    /// <param name="byCode">Severity per code (NL…); null means the code is not reported.</param>
    public SeverityOverrides(IReadOnlyDictionary<string, DiagnosticSeverity?> byCode)
    {
        _byCode = byCode;
    }

    public static SeverityOverrides None { get; } = new(new Dictionary<string, DiagnosticSeverity?>());

    public int Count => _byCode.Count;

    /// <summary>Returns whether the config names <paramref name="code"/>, and the severity it sets (null for off).</summary>
    public bool TryGetSeverity(string code, out DiagnosticSeverity? severity) => _byCode.TryGetValue(code, out severity);

    /// <summary>Returns <paramref name="diagnostics"/> with every overridden severity applied and the codes set to off removed.</summary>
    public IReadOnlyList<NoteDiagnostic> Apply(IReadOnlyList<NoteDiagnostic> diagnostics)
    {
        if (_byCode.Count == 0)
        {
            return diagnostics;
        }

        var result = new List<NoteDiagnostic>(diagnostics.Count);
        foreach (NoteDiagnostic diagnostic in diagnostics)
        {
            if (!_byCode.TryGetValue(diagnostic.Code, out DiagnosticSeverity? severity))
            {
                result.Add(diagnostic);
            }
            else if (severity is { } value)
            {
                result.Add(diagnostic with { Severity = value });
            }
        }

        return result;
    }
}
