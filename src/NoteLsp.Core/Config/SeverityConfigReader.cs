using NoteLsp.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace NoteLsp.Core.Config;

/// <summary>Reads the <c>severity</c> section of the config: a code or name mapped to error, warning, information, hint or off.</summary>
internal static class SeverityConfigReader
{
    public static SeverityOverrides Read(YamlNode value, List<ConfigProblem> problems)
    {
        if (value is not YamlMappingNode mapping)
        {
            problems.Add(VaultConfigReader.Problem(value.Start, "'severity' must be a mapping of diagnostic codes to severities, such as severity: { NL3002: off }."));
            return SeverityOverrides.None;
        }

        var byCode = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        foreach (var (key, item) in mapping.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? string.Empty;
            DiagnosticDescriptor? descriptor = DiagnosticCodes.Find(name);
            if (descriptor is null)
            {
                problems.Add(VaultConfigReader.Problem(key.Start, $"Unknown diagnostic code '{name}' under 'severity': use a code such as NL1001 or a name such as broken-link."));
                continue;
            }

            string level = ((item as YamlScalarNode)?.Value ?? string.Empty).Trim().ToLowerInvariant();
            if (!TryParseLevel(level, out DiagnosticSeverity? severity))
            {
                problems.Add(VaultConfigReader.Problem(item.Start, $"Invalid severity '{level}' for {descriptor.Code}: use error, warning, information, hint or off."));
                continue;
            }

            byCode[descriptor.Code] = severity;
        }

        return new SeverityOverrides(byCode);
    }

    private static bool TryParseLevel(string level, out DiagnosticSeverity? severity)
    {
        (bool known, severity) = level switch
        {
            "error" => (true, DiagnosticSeverity.Error),
            "warning" => (true, DiagnosticSeverity.Warning),
            "information" or "info" => (true, DiagnosticSeverity.Information),
            "hint" => (true, (DiagnosticSeverity?)DiagnosticSeverity.Hint),
            // YAML 1.1 reads an unquoted off as false, so false means off too.
            "off" or "none" or "false" => (true, null),
            _ => (false, null),
        };
        return known;
    }
}
