using NoteLsp.Core.Features;
using NoteLsp.Core.Notes;
using NoteLsp.Server.Protocol;
using NoteLsp.Server.Session;

namespace NoteLsp.Server.Conversion;

/// <summary>Converts Core note locations to LSP locations with the URIs the client uses.</summary>
public static class Locations
{
    private static readonly Protocol.Range Start = new(new Position(0, 0), new Position(0, 0));

    /// <summary>Converts a location in <paramref name="workspace"/>; an attachment gets the range at its start.</summary>
    public static Location ToLsp(ServerState state, VaultWorkspace workspace, NoteLocation location)
    {
        string uri = state.GetUri(workspace, location.Path);
        Note? note = workspace.Vault.FindNote(location.Path);
        return new Location(uri, note is null ? Start : Positions.ToLsp(note.Text, location.Span));
    }
}
