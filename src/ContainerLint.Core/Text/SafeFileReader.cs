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

        var handle = new SafeFileHandle(fd, ownsHandle: true);
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

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
