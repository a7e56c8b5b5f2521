using System.Text.Json;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Session;
using StreamJsonRpc;

namespace NoteLsp.Server.Handlers;

/// <summary>Reads the <c>notelsp</c> settings with <c>workspace/configuration</c> when the client supports it.</summary>
public static class ConfigurationReader
{
    /// <summary>Asks the client for the settings and applies them; returns whether the diagnostics scope changed.</summary>
    public static async Task<bool> RefreshAsync(HandlerContext context)
    {
        if (context.Session.ClientCapabilities.Workspace?.Configuration != true)
        {
            return false;
        }

        JsonElement[] sections;
        try
        {
            sections = await context.Connection.RequestAsync<JsonElement[]>(
                Methods.WorkspaceConfiguration,
                new ConfigurationParams([new ConfigurationItem(null, "notelsp")]),
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or JsonException)
        {
            context.Logger.Warning(Methods.WorkspaceConfiguration, $"Could not read the settings; the current ones stay: {e.Message}");
            return false;
        }

        return Apply(context, sections.Length > 0 ? sections[0] : null);
    }

    /// <summary>Applies a <c>notelsp</c> settings object; returns whether the diagnostics scope changed.</summary>
    public static bool Apply(HandlerContext context, JsonElement? section)
    {
        ServerSettings before = context.Session.State.Settings;
        ServerSettings after = ServerSettings.Read(section, before);
        context.Session.SetSettings(after);
        if (after.LogLevel is { } level)
        {
            context.Logger.ClientLevel = level;
        }

        return after.Scope != before.Scope;
    }
}
