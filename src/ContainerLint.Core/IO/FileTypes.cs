namespace ContainerLint.Core.IO;

using System.Runtime.InteropServices;

/// <summary>What a path names on disk, without following a final symbolic link.</summary>
public enum DiskEntry
{
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,
    CharacterDevice,
    BlockDevice,
    Pipe,
    Socket,
    Other,
}

/// <summary>
/// The type of a file system entry (<c>lstat</c>). .NET has no public API that tells a regular file from a
/// device or a FIFO, and writing a report over one must not replace it; this asks the runtime's own native
/// shim (System.Native, shipped with every .NET on Unix and linked into native AOT builds), whose status record
/// starts with a flags word and the mode. Elsewhere, regular files, folders and links are told apart as .NET can.
/// </summary>
public static class FileTypes
{
    // The runtime's PAL file type bits (the same values as POSIX S_IF*).
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Link = 0xA000;
    private const int Socket = 0xC000;

    /// <summary>The entry at <paramref name="path"/>; a symbolic link is reported as one, not followed.</summary>
    public static DiskEntry Of(string path)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            // Generous: the record has grown over releases; only its second 32-bit word (the mode) is read.
            var status = new byte[512];
            if (LStat(path, status) != 0) return DiskEntry.Missing;
            return (BitConverter.ToInt32(status, 4) & TypeMask) switch
            {
                Regular => DiskEntry.RegularFile,
                Directory => DiskEntry.Directory,
                Link => DiskEntry.SymbolicLink,
                CharacterDevice => DiskEntry.CharacterDevice,
                BlockDevice => DiskEntry.BlockDevice,
                Fifo => DiskEntry.Pipe,
                Socket => DiskEntry.Socket,
                _ => DiskEntry.Other,
            };
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return DiskEntry.SymbolicLink;
        if (info.Exists) return DiskEntry.RegularFile;
        return System.IO.Directory.Exists(path) ? DiskEntry.Directory : DiskEntry.Missing;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
