namespace ContainerLint.Core.IO;

using System.Text;

/// <summary>
/// Writes report files atomically (a temp file in the same folder, then a rename) and never through
/// a symbolic link, so a CI job never reads half a report and a planted link cannot redirect the
/// write: no folder on the way may be a link either (a linked <c>reports/</c> in a cloned repository would
/// otherwise send the report anywhere), except the folders the tool runs in and above (the user's own setup).
/// An existing target must be a regular file: a rename would replace a device node or a FIFO (as root,
/// <c>-o /dev/null</c> would replace the real <c>/dev/null</c>). A character device such as <c>/dev/null</c>
/// is written to directly; a FIFO, socket or block device is refused. Shared by the CLI's <c>--output</c> and
/// the MSBuild task's <c>ContainerLintSarifOutput</c>.
/// </summary>
public static class AtomicFile
{
    /// <exception cref="IOException">The path or a folder on it is a symbolic link, the path is a directory or not a regular file, or it cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void Write(string path, string content) => Write(path, writer => writer.Write(content));

    /// <summary>Streams the content into the temp file through <paramref name="write"/>, then renames it into place.</summary>
    /// <param name="path">The report file.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="trustedDirectory">Links at or above this folder are the user's own setup and allowed on the way (default: the current directory).</param>
    /// <exception cref="IOException">The path or a folder on it is a symbolic link, the path is a directory or not a regular file, or it cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void Write(string path, Action<TextWriter> write, string? trustedDirectory = null)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        CheckFolders(path, directory, Path.GetFullPath(trustedDirectory ?? Directory.GetCurrentDirectory()));
        switch (FileTypes.Of(full))
        {
            case DiskEntry.SymbolicLink:
                throw new IOException($"{path}: refusing to write through a symbolic link");
            case DiskEntry.Directory:
                throw new IOException($"{path}: is a directory");
            case DiskEntry.CharacterDevice:
                // /dev/null and friends: written in place, never replaced.
                using (var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
                using (var writer = new StreamWriter(device, new UTF8Encoding(false)))
                {
                    write(writer);
                }

                return;
            case DiskEntry.Pipe or DiskEntry.Socket or DiskEntry.BlockDevice or DiskEntry.Other:
                throw new IOException($"{path}: not a regular file (a pipe, socket or device); refusing to replace it");
        }

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

    /// <summary>Refuses a symbolic link among the existing folders of <paramref name="directory"/>, other than <paramref name="trusted"/> and its ancestors.</summary>
    private static void CheckFolders(string path, string directory, string trusted)
    {
        var trustedWithSeparator = Path.TrimEndingDirectorySeparator(trusted) + Path.DirectorySeparatorChar;
        for (var folder = Path.TrimEndingDirectorySeparator(directory); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            var withSeparator = folder + Path.DirectorySeparatorChar;
            if (trustedWithSeparator.StartsWith(withSeparator, StringComparison.Ordinal)) break;
            if (FileTypes.Of(folder) == DiskEntry.SymbolicLink)
            {
                throw new IOException($"{path}: refusing to write through a symbolic link ({folder} is one)");
            }
        }
    }
}
