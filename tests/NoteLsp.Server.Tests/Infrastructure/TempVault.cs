using NoteLsp.Server.Conversion;

namespace NoteLsp.Server.Tests.Infrastructure;

/// <summary>A vault folder under the system temp folder, deleted on dispose.</summary>
public sealed class TempVault : IDisposable
{
    public TempVault()
    {
        RootPath = Path.Combine(Path.GetTempPath(), "notelsp-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(RootPath);
    }

    public string RootPath { get; }

    public string RootUri => Uris.FromPath(RootPath);

    /// <summary>Writes a file at a vault-relative path with '/' separators and returns its URI.</summary>
    public string Write(string relativePath, string text)
    {
        string path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return Uris.FromPath(path);
    }

    public void Delete(string relativePath) => File.Delete(FullPath(relativePath));

    public string FullPath(string relativePath) => Path.Combine(RootPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public string UriOf(string relativePath) => Uris.FromPath(FullPath(relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(RootPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on Windows; the temp folder is cleaned later by the system.
        }
    }
}
