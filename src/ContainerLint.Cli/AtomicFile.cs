namespace ContainerLint.Cli;

using System.Text;

/// <summary>Writes --output files atomically (temp file in the same folder, then rename) and never through a symlink.</summary>
internal static class AtomicFile
{
    /// <exception cref="IOException">The path is a symbolic link or cannot be written.</exception>
    public static void Write(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            throw new IOException($"{path}: refusing to write through a symbolic link");
        }

        if (Directory.Exists(full)) throw new IOException($"{path}: is a directory");
        var directory = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                writer.Write(content);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
