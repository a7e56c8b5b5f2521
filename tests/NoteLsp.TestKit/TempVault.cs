namespace NoteLsp.TestKit;

/// <summary>A vault in a new temporary folder, deleted on dispose.</summary>
public sealed class TempVault : IDisposable
{
    public TempVault()
    {
        RootPath = Path.Combine(Path.GetTempPath(), "notelsp-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(RootPath);
    }

    public string RootPath { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark to the vault-relative <paramref name="path"/>.</summary>
    public string Write(string path, string text) => WriteBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string path, byte[] bytes)
    {
        string full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string FullPath(string path) => Path.Combine(RootPath, path.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose()
    {
        try
        {
            Directory.Delete(RootPath, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may still hold a file open; the temp folder is cleaned by the OS.
        }
    }
}
