namespace ContainerLint.Core.IO;

using System.Text;

/// <summary>
/// Writes report files atomically (a temp file in the same folder, then a rename) and never through
/// a symbolic link, so a CI job never reads half a report and a planted link cannot redirect the
/// write. Shared by the CLI's <c>--output</c> and the MSBuild task's <c>ContainerLintSarifOutput</c>.
/// </summary>
public static class AtomicFile
{
    /// <exception cref="IOException">The path is a symbolic link, a directory, or cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void Write(string path, string content) => Write(path, writer => writer.Write(content));

    /// <summary>Streams the content into the temp file through <paramref name="write"/>, then renames it into place.</summary>
    /// <exception cref="IOException">The path is a symbolic link, a directory, or cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void Write(string path, Action<TextWriter> write)
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
            // CreateNew (O_EXCL) never follows a link planted at the temp name.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                write(writer);
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
