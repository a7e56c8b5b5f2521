using NoteLsp.Server.Conversion;
using NoteLsp.TestKit;

namespace NoteLsp.Server.Tests.Infrastructure;

/// <summary>The <c>file</c> URIs of a <see cref="TempVault"/> and its notes, as a client sends them.</summary>
public static class TempVaultUris
{
    public static string RootUri(this TempVault vault) => Uris.FromPath(vault.RootPath);

    public static string UriOf(this TempVault vault, string relativePath) => Uris.FromPath(vault.FullPath(relativePath));

    /// <summary>Writes a note and returns its URI.</summary>
    public static string WriteNote(this TempVault vault, string relativePath, string text) => Uris.FromPath(vault.Write(relativePath, text));
}
