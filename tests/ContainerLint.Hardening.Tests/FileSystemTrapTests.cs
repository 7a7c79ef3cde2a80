namespace ContainerLint.Hardening.Tests;

using System.Diagnostics;
using Newtonsoft.Json.Linq;

/// <summary>
/// Traps a hostile repository can set for a directory walk, through the real CLI in-process: files
/// that block or never end when read, link loops, deep and wide trees. Unreadable inputs give exit
/// code 2 and a message naming the file, and every other file is still linted.
/// (Tests run as root, so an unreadable file is a FIFO or a link to /proc/self/mem, not chmod 000.)
/// </summary>
public sealed class FileSystemTrapTests
{
    private static List<string> Files(CliResult result) => JObject.Parse(result.Stdout)["files"]!.Select(f => (string)f["path"]!).ToList();

    [Fact]
    public void APipeADeviceAndAnUnreadableFileAreReportedAndTheRestLinted()
    {
        using var dir = new TempDir();
        dir.Write("ok/Dockerfile", "FROM a\n");
        TempDir.MakeFifo(Path.Combine(dir.Path, "Dockerfile"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "pod.yaml"), "/proc/self/mem");
        Directory.CreateDirectory(Path.Combine(dir.Path, "zero"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "zero", "Dockerfile"), "/dev/zero");
        dir.Write("z/compose.yaml", "services:\n  web:\n    image: nginx\n    privileged: true\n");

        var result = Guard.Bounded(() => Cli.Run(dir.Path, "--format", "json", "."), seconds: 20, allocatedMegabytes: 1_000);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("containerlint: Dockerfile: ", result.Stderr, StringComparison.Ordinal);

        // Links out of the linted folder are not even opened (issue #15, defect 9): reported as skipped.
        foreach (var name in new[] { "pod.yaml", "zero/Dockerfile" })
        {
            Assert.Contains($"containerlint: {name}: skipped: a symbolic link that leads out of the folder being linted", result.Stderr, StringComparison.Ordinal);
        }

        var json = JObject.Parse(result.Stdout);
        var unreadable = json["findings"]!.Where(f => (string?)f["ruleId"] == "CL0001").Select(f => (string)f["file"]!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Dockerfile"], unreadable);
        Assert.Contains("ok/Dockerfile", Files(result));
        Assert.Contains(json["findings"]!, f => (string?)f["file"] == "z/compose.yaml" && ((string)f["ruleId"]!).StartsWith("CL3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    public void FormatsThatShowSourceDoNotReadAPipeAgain(string format)
    {
        using var dir = new TempDir();
        TempDir.MakeFifo(Path.Combine(dir.Path, "Dockerfile"));
        var result = Guard.Bounded(() => Cli.Run(dir.Path, "--format", format, "Dockerfile"), seconds: 20);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Dockerfile", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void APipeNamedAsTheConfigurationOrDockerignoreDoesNotHang()
    {
        using var dir = new TempDir();
        dir.Write("app/Dockerfile", "FROM a\nCOPY . .\n");
        TempDir.MakeFifo(Path.Combine(dir.Path, "app", ".dockerignore"));
        var result = Guard.Bounded(() => Cli.Run(dir.Path, "--format", "json", "app"), seconds: 20);
        Assert.Contains("app/Dockerfile", Files(result));
    }

    [Fact]
    public void AVeryDeepTreeIsWalked()
    {
        using var dir = new TempDir();
        var deep = dir.Path;
        for (var i = 0; i < 1_000; i++) deep = Path.Combine(deep, "d");
        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "Dockerfile"), "FROM a\n");
        Directory.CreateSymbolicLink(Path.Combine(deep, "back"), dir.Path);
        var result = Guard.Bounded(() => Cli.Run(dir.Path, "--format", "json", "."), seconds: 20);
        Assert.Equal(string.Join("/", Enumerable.Repeat("d", 1_000)) + "/Dockerfile", Assert.Single(Files(result)));
    }

    [Fact]
    public void AFolderWithTenThousandFilesIsWalkedQuicklyAndToolFoldersAreSkipped()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 10_000; i++)
        {
            File.WriteAllText(Path.Combine(dir.Path, i % 100 == 0 ? $"svc{i}.dockerfile" : i % 2 == 0 ? $"note{i}.txt" : $"values{i}.yaml"), i % 100 == 0 ? "FROM a\n" : "replicas: 3\n");
        }

        foreach (var skipped in new[] { ".git", "node_modules", "bin", "obj" })
        {
            dir.Write(skipped + "/Dockerfile", "FROM a\n");
            dir.Write(skipped + "/pod.yaml", "apiVersion: v1\nkind: Pod\n");
        }

        var result = Guard.Bounded(() => Cli.Run(dir.Path, "--format", "json", "."), seconds: 30, allocatedMegabytes: 2_000);
        var files = Files(result);
        Assert.Equal(100, files.Count);
        Assert.All(files, f => Assert.EndsWith(".dockerfile", f, StringComparison.Ordinal));
    }

    [Fact]
    public void LinkLoopsOfFilesAndFoldersEnd()
    {
        using var dir = new TempDir();
        dir.Write("a/Dockerfile", "FROM a\n");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "a", "pod.yaml"), Path.Combine(dir.Path, "a", "pod2.yaml"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "a", "pod2.yaml"), Path.Combine(dir.Path, "a", "pod.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "x"), Path.Combine(dir.Path, "a", "y"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "y"), Path.Combine(dir.Path, "a", "x"));
        var walked = Guard.Bounded(() => Cli.Run(dir.Path, "--format", "json", "."), seconds: 20);
        Assert.Equal(["a/Dockerfile"], Files(walked));

        var named = Guard.Bounded(() => Cli.Run(dir.Path, "--format", "json", "a/pod.yaml", "a/Dockerfile"), seconds: 20);
        Assert.Equal(2, named.ExitCode);
        Assert.Contains("a/pod.yaml", named.Stderr, StringComparison.Ordinal);
        Assert.Contains("a/Dockerfile", Files(named));
    }
}
