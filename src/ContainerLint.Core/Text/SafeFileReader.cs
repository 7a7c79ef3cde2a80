namespace ContainerLint.Core.Text;

using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

/// <summary>
/// Reads a file from an untrusted tree without hanging or exhausting memory: a FIFO (or a link
/// to one) would block <c>open</c> forever, and a link to <c>/dev/zero</c> never ends. On Unix the
/// file is opened non-blocking and must be seekable (pipes and sockets are not); every read is
/// capped at <see cref="MaxBytes"/>. Failures are <see cref="IOException"/>s with a plain reason.
/// </summary>
public static class SafeFileReader
{
    /// <summary>The largest input read: far above any real Dockerfile or manifest.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private const int LinuxNonBlock = 0x800;
    private const int LinuxCloseOnExec = 0x80000;
    private const int MacNonBlock = 0x4;
    private const int MacCloseOnExec = 0x1000000;

    /// <exception cref="IOException">Not a regular file, too large, or unreadable.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied.</exception>
    public static byte[] ReadAllBytes(string path, int maxBytes = MaxBytes)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) return ReadAllBytesUnix(path, maxBytes);
        using var stream = Open(path);
        if (!stream.CanSeek) throw new IOException("not a regular file (a pipe, socket or device); it was not read");

        // One exact-size array for the common case (a regular file whose size fstat reports); a
        // device or /proc file reports 0 or less than it yields, so reading goes on past that size,
        // always capped at maxBytes.
        if (stream.Length > maxBytes) throw TooLarge(maxBytes);
        var expected = (int)stream.Length;
        var content = new byte[expected];
        var total = ReadUpTo(stream, content);
        if (total < expected) return content.AsSpan(0, total).ToArray();

        Span<byte> probe = stackalloc byte[1];
        if (stream.Read(probe) == 0) return content;

        var buffer = new MemoryStream();
        buffer.Write(content, 0, total);
        buffer.Write(probe);
        var chunk = new byte[16384];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length > maxBytes) throw TooLarge(maxBytes);
        return buffer.ToArray();
    }

    /// <summary>
    /// <see cref="ReadAllBytes"/> on Unix in five system calls for a regular file (open, lseek, fstat, one pread, close):
    /// a FileStream took eight (it checks the handle and asks the size and position again), for every file of a run.
    /// </summary>
    private static byte[] ReadAllBytesUnix(string path, int maxBytes)
    {
        using var handle = OpenHandle(path);
        if (LSeek(handle, 0, SeekCurrent) < 0) throw new IOException("not a regular file (a pipe, socket or device); it was not read");

        // One exact-size array for the common case (a regular file whose size fstat reports); a device or /proc file
        // reports 0 or less than it yields, so reading goes on past that size, always capped at maxBytes. A file that
        // yields exactly what fstat reported is read: one that grows while it is read is read as it was.
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes) throw TooLarge(maxBytes);
        var content = new byte[length];
        var total = PReadUpTo(handle, content, 0);
        if (total < content.Length) return content.AsSpan(0, total).ToArray();
        if (content.Length > 0) return content;

        var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = PReadUpTo(handle, chunk, buffer.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads from <paramref name="offset"/> until <paramref name="target"/> is full or the file ends; the count read.</summary>
    private static int PReadUpTo(SafeFileHandle handle, byte[] target, long offset)
    {
        var total = 0;
        while (total < target.Length)
        {
            var n = PRead(handle, ref target[total], target.Length - total, offset + total);
            if (n < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno == 4) continue; // EINTR
                throw new IOException(Marshal.GetPInvokeErrorMessage(errno));
            }

            if (n == 0) break;
            total += (int)n;
        }

        return total;
    }

    private static int ReadUpTo(FileStream stream, byte[] target)
    {
        var total = 0;
        int read;
        while (total < target.Length && (read = stream.Read(target, total, target.Length - total)) > 0) total += read;
        return total;
    }

    private static IOException TooLarge(int maxBytes) => new($"larger than {maxBytes / (1024 * 1024)} MB; it was not read");

    /// <summary>The file as text (UTF-8, BOM honoured), with the same guards.</summary>
    public static string ReadAllText(string path, int maxBytes = MaxBytes) =>
        SourceDecoder.Decode(ReadAllBytes(path, maxBytes), out _, out _) ?? throw new IOException("binary data; it was not read");

    private static FileStream Open(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var handle = OpenHandle(path);
        try
        {
            return new FileStream(handle, FileAccess.Read, 1);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Opens <paramref name="path"/> for reading, non-blocking (a FIFO does not hang the open) and closed on exec (Unix).</summary>
    private static SafeFileHandle OpenHandle(string path)
    {
        var flags = OperatingSystem.IsLinux() ? LinuxNonBlock | LinuxCloseOnExec : MacNonBlock | MacCloseOnExec;
        var fd = OpenNative(path, flags);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            var reason = Marshal.GetPInvokeErrorMessage(errno);
            if (errno == 13) throw new UnauthorizedAccessException(reason);
            if (errno == 2) throw new FileNotFoundException(reason, path);
            throw new IOException(reason);
        }

        return new SafeFileHandle(fd, ownsHandle: true);
    }

    private const int SeekCurrent = 1;

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "lseek", SetLastError = true)]
    private static extern long LSeek(SafeFileHandle handle, long offset, int whence);

    [DllImport("libc", EntryPoint = "pread", SetLastError = true)]
    private static extern nint PRead(SafeFileHandle handle, ref byte buffer, nint count, long offset);
}
