using System.Text.Json;
using NoteLsp.Server.Logging;

namespace NoteLsp.Server.Session;

/// <summary>Which notes get diagnostics.</summary>
public enum DiagnosticsScope
{
    /// <summary>Every note of the vault, open or not, so the Problems panel lists every broken link.</summary>
    Vault,

    /// <summary>Only the notes open in the editor.</summary>
    OpenNotes,
}

/// <summary>
/// The <c>notelsp.*</c> settings, read from <c>initializationOptions</c> and from
/// <c>workspace/configuration</c>. A missing or invalid value keeps its default.
/// </summary>
/// <param name="DueSoonDays">How many days ahead <c>notelsp/dueReviews</c> looks; 0 lists only notes due today or earlier.</param>
/// <param name="LogLevel">The threshold of <c>window/logMessage</c>, or null for the default.</param>
/// <param name="TemplatesFolder">The vault-relative folder that holds note templates, or null for the default.</param>
public sealed record ServerSettings(DiagnosticsScope Scope, int DueSoonDays, LogLevel? LogLevel, string? TemplatesFolder)
{
    public static ServerSettings Default { get; } = new(DiagnosticsScope.Vault, 3, null, null);

    /// <summary>
    /// Returns the settings in <paramref name="section"/> laid over <paramref name="baseline"/>. The
    /// section is the object under <c>notelsp</c>, with nested objects (<c>{"diagnostics":{"scope":…}}</c>)
    /// or dotted keys (<c>{"diagnostics.scope":…}</c>).
    /// </summary>
    public static ServerSettings Read(JsonElement? section, ServerSettings baseline)
    {
        if (section is not { ValueKind: JsonValueKind.Object } value)
        {
            return baseline;
        }

        ServerSettings result = baseline;
        string? scope = ReadString(value, "diagnostics", "scope");
        if (scope is not null)
        {
            result = scope.ToUpperInvariant() switch
            {
                "OPENNOTES" => result with { Scope = DiagnosticsScope.OpenNotes },
                "VAULT" => result with { Scope = DiagnosticsScope.Vault },
                _ => result,
            };
        }

        if (ReadElement(value, "review", "dueSoonDays") is { ValueKind: JsonValueKind.Number } days
            && days.TryGetInt32(out int dueSoonDays) && dueSoonDays >= 0)
        {
            result = result with { DueSoonDays = dueSoonDays };
        }

        LogLevel? level = Logging.LogLevels.Parse(ReadString(value, "logLevel", null))
            ?? Logging.LogLevels.Parse(ReadString(value, "trace", "server"));
        if (level is not null)
        {
            result = result with { LogLevel = level };
        }

        string? templates = ReadString(value, "templates", "folder");
        if (!string.IsNullOrWhiteSpace(templates))
        {
            result = result with { TemplatesFolder = templates.Trim() };
        }

        return result;
    }

    private static string? ReadString(JsonElement section, string group, string? name) =>
        ReadElement(section, group, name) is { ValueKind: JsonValueKind.String } element ? element.GetString() : null;

    private static JsonElement? ReadElement(JsonElement section, string group, string? name)
    {
        if (name is null)
        {
            return section.TryGetProperty(group, out JsonElement direct) ? direct : null;
        }

        if (section.TryGetProperty(group, out JsonElement nested) && nested.ValueKind == JsonValueKind.Object
            && nested.TryGetProperty(name, out JsonElement inner))
        {
            return inner;
        }

        return section.TryGetProperty(group + "." + name, out JsonElement dotted) ? dotted : null;
    }
}
