namespace ContainerLint.Core.Tests.Text;

using ContainerLint.Core.Text;

/// <summary>
/// The reader every linted file goes through: a regular file read whole in one call, a file whose size the system does
/// not report (procfs) read to its end, an empty file empty, and what cannot be read like a file (a FIFO, /dev/zero's
/// endless stream past the cap) refused with a plain reason.
/// </summary>
public sealed class SafeFileReaderTests
{
    [Fact]
    public void ReadsRegularFilesOfEverySizeWhole()
    {
        var dir = Directory.CreateTempSubdirectory("containerlint-reader-");
        try
        {
            foreach (var size in new[] { 0, 1, 4095, 4096, 70_000 })
            {
                var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
                var path = Path.Combine(dir.FullName, $"f{size}");
                File.WriteAllBytes(path, bytes);
                Assert.Equal(bytes, SafeFileReader.ReadAllBytes(path));
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void ReadsAFileWhoseSizeIsNotReportedToItsEnd()
    {
        if (!OperatingSystem.IsLinux()) return;
        var bytes = SafeFileReader.ReadAllBytes("/proc/self/status");
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);
        Assert.Contains("VmRSS", System.Text.Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAPipeAndAnEndlessDevice()
    {
        if (!OperatingSystem.IsLinux()) return;
        var dir = Directory.CreateTempSubdirectory("containerlint-reader-");
        try
        {
            var fifo = Path.Combine(dir.FullName, "fifo");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
            Assert.Contains("not a regular file", Assert.Throws<IOException>(() => SafeFileReader.ReadAllBytes(fifo)).Message, StringComparison.Ordinal);
            Assert.Contains("larger than 1 MB", Assert.Throws<IOException>(() => SafeFileReader.ReadAllBytes("/dev/zero", 1024 * 1024)).Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
