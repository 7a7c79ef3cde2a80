namespace ContainerLint.Hardening.Tests;

using System.Diagnostics;
using ContainerLint.Core.IO;
using ContainerLint.Core.Reporting;
using Newtonsoft.Json.Linq;

/// <summary>
/// Issue #15, defects 9, 11 and 12, through the real CLI in-process: symbolic links out of the linted tree
/// are neither followed nor read, paths past the system's length limit are reported and the walk goes on,
/// and <c>--output</c> never replaces a device or FIFO nor writes through a linked folder.
/// </summary>
public sealed class LinkAndPathTests
{
    private const string Token = "ghp_Cr3dQm2Lk9Pw4Rt7Yu1Io3Ap6Sd5Fg0Hj2Kl4Z";

    private static List<string> Files(CliResult result) => JObject.Parse(result.Stdout)["files"]!.Select(f => (string)f["path"]!).ToList();

    [Theory]
    [MemberData(nameof(SecretLeakTests.Formats), MemberType = typeof(SecretLeakTests))]
    public void ADockerfileLinkedToCredentialsOutsideTheTreeIsSkippedAndNeverShown(string format, bool includeSuppressed)
    {
        using var home = new TempDir();
        var credentials = home.Write(".git-credentials", $"https://oauth2:{Token}@github.com\n");
        using var dir = new TempDir();
        dir.Write("app/Dockerfile.ok", "FROM alpine:3.20\nRUN curl -fsSL https://example.com/i.sh | sh\n");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "app", "Dockerfile"), credentials);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "app", "docker"), home.Path);

        string[] args = includeSuppressed ? ["--format", format, "--include-suppressed", "."] : ["--format", format, "."];
        var walked = Cli.Run(dir.Path, args);
        var named = Cli.Run(dir.Path, [.. args[..^1], "app/Dockerfile", "app/docker/.git-credentials", "app/Dockerfile.ok"]);
        foreach (var result in new[] { walked, named })
        {
            Assert.DoesNotContain("Cr3dQm2L", result.Stdout + result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("oauth2", result.Stdout + result.Stderr, StringComparison.Ordinal);
            Assert.Contains("app/Dockerfile: skipped: a symbolic link that leads out of the folder being linted", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("Dockerfile.ok", result.Stdout, StringComparison.Ordinal);
            Assert.Equal(1, result.ExitCode);
        }

        Assert.Contains("app/docker: skipped", walked.Stderr, StringComparison.Ordinal);
        Assert.Contains("app/docker/.git-credentials: skipped", named.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNamedOutsideTheWorkingFolderIsLintedAndALinkThereStillDoesNotLeadOut()
    {
        using var home = new TempDir();
        var credentials = home.Write(".git-credentials", $"https://oauth2:{Token}@github.com\n");
        using var elsewhere = new TempDir();
        elsewhere.Write("app/Dockerfile.ok", "FROM alpine:3.20\nRUN curl -fsSL https://example.com/i.sh | sh\n");
        File.CreateSymbolicLink(Path.Combine(elsewhere.Path, "app", "Dockerfile"), credentials);
        using var work = new TempDir();

        // Outside the working folder a file is judged against its own folder: a plain file is linted without resolving
        // that folder's path, a link still has to stay in it.
        var result = Cli.Run(work.Path, "--format", "json", Path.Combine(elsewhere.Path, "app", "Dockerfile.ok"), Path.Combine(elsewhere.Path, "app", "Dockerfile"));
        Assert.DoesNotContain("Cr3dQm2L", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Dockerfile: skipped: a symbolic link that leads out of the folder being linted", result.Stderr, StringComparison.Ordinal);
        Assert.Single(Files(result), f => f.EndsWith("app/Dockerfile.ok", StringComparison.Ordinal));
    }

    [Fact]
    public void AFolderLinkedToTheRootIsNotWalked()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM alpine:3.20\n");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "everything"), "/");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "up"), "..");
        var result = Guard.Bounded(() => Cli.Run(dir.Path, "--format", "json", "."), seconds: 10, allocatedMegabytes: 500);
        Assert.Equal(["Dockerfile"], Files(result));
        Assert.Contains("everything: skipped", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("up: skipped", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void LinksThatStayInsideTheTreeAreStillFollowed()
    {
        using var dir = new TempDir();
        dir.Write("docker/base.dockerfile", "FROM alpine:3.20\n");
        dir.Write("deploy/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: c, image: x}]\n");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "Dockerfile"), "docker/base.dockerfile");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "k8s"), Path.Combine(dir.Path, "deploy"));
        var walked = Cli.Run(dir.Path, "--format", "json", ".");
        Assert.Contains("Dockerfile", Files(walked));
        Assert.Contains("docker/base.dockerfile", Files(walked));
        Assert.Contains(Files(walked), f => f.EndsWith("pod.yaml", StringComparison.Ordinal));
        Assert.DoesNotContain("skipped", walked.Stderr, StringComparison.Ordinal);

        var named = Cli.Run(dir.Path, "--format", "json", "Dockerfile", "k8s/pod.yaml");
        Assert.Equal(["Dockerfile", "k8s/pod.yaml"], Files(named));
    }

    [Fact]
    public void ALinkedFolderOnTheWayToANamedFileIsCheckedToo()
    {
        using var outside = new TempDir();
        outside.Write("Dockerfile", $"{Token}\n");
        using var dir = new TempDir();
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "sub"), outside.Path);
        var result = Cli.Run(dir.Path, "--format", "github", "sub/Dockerfile");
        Assert.Contains("sub/Dockerfile: skipped", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Cr3dQm2L", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void APathLongerThanTheSystemAllowsIsReportedAndTheRestLinted()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM alpine:3.20\n");
        Directory.CreateDirectory(Path.Combine(dir.Path, "deep"));

        // Created by a shell, one relative mkdir after the other: a path past PATH_MAX cannot be created by its full name.
        var name = new string('d', 200);
        using (var sh = Process.Start(new ProcessStartInfo("sh", ["-c", $"cd deep || exit 1; i=0; while [ $i -lt 22 ]; do mkdir {name} || exit 1; cd -P {name} || exit 1; i=$((i+1)); done; echo 'FROM a' > Dockerfile"]) { UseShellExecute = false, WorkingDirectory = dir.Path })!)
        {
            Assert.True(sh.WaitForExit(30_000), "mkdir loop did not end");
            Assert.Equal(0, sh.ExitCode);
        }

        var result = Guard.Bounded(() => Cli.Run(dir.Path, "--format", "json", "."), seconds: 20);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Dockerfile", Files(result));
        Assert.Contains("cannot read the directory", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputToACharacterDeviceIsWrittenInPlaceAndNeverReplaced()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM alpine:3.20\n");
        var result = Cli.Run(dir.Path, "--format", "sarif", "--output", "/dev/null", ".");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(DiskEntry.CharacterDevice, FileTypes.Of("/dev/null"));
        Assert.Empty(Directory.GetFiles("/dev", ".null.*.tmp"));
    }

    [Fact]
    public void OutputToAFifoIsRefusedWithoutBlocking()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM alpine:3.20\n");
        TempDir.MakeFifo(Path.Combine(dir.Path, "report.sarif"));
        var result = Guard.Bounded(() => Cli.Run(dir.Path, "--format", "sarif", "--output", "report.sarif", "."), seconds: 10);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a regular file", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(DiskEntry.Pipe, FileTypes.Of(Path.Combine(dir.Path, "report.sarif")));
    }

    [Fact]
    public void OutputThroughALinkedFolderIsRefused()
    {
        using var elsewhere = new TempDir();
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM alpine:3.20\n");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "reports"), elsewhere.Path);
        foreach (var output in new[] { "reports/x.sarif", "reports/new/x.sarif" })
        {
            var result = Cli.Run(dir.Path, "--format", "sarif", "--output", output, ".");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("symbolic link", result.Stderr, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFileSystemEntries(elsewhere.Path));

        // The folders the tool runs in, and above, are the user's own: a linked working folder is fine.
        var linkedHome = Path.Combine(elsewhere.Path, "home");
        Directory.CreateSymbolicLink(linkedHome, dir.Path);
        var fromLink = Cli.Run(linkedHome, "--format", "json", "--output", "out/report.json", ".");
        Assert.True(fromLink.ExitCode == 0, fromLink.Stderr);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "report.json")));
    }

    [Fact]
    public void TheTextReportEscapesControlCharactersInFileNamesAndYamlStrings()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile.x\nsrc\\a.cs(1,1): error CS0001: forged", "FROM alpine:3.20\nRUNN \u001b]0;pwned\u0007\n");
        dir.Write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"a\\e[2J\\a\"\nspec:\n  hostNetwork: true\n  containers: [{name: \"c\\e]0;t\\a\", image: x}]\n");
        foreach (var format in new[] { "text", "msbuild", "checkstyle", "github" })
        {
            var result = Cli.Run(dir.Path, "--format", format, "--policy", "all", "--no-color", ".");
            Assert.True(result.ExitCode == 1, format + ": " + result.Stderr);
            Assert.DoesNotContain('\u001b', result.Stdout);
            Assert.DoesNotContain('\u0007', result.Stdout);
            Assert.DoesNotContain("\nsrc\\a.cs(1,1)", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("Dockerfile.x", result.Stdout, StringComparison.Ordinal);
            if (format == "checkstyle") System.Xml.Linq.XDocument.Parse(result.Stdout);
        }
    }

    [Fact]
    public void TheShownTextHelperIsWhatTheReportsUse()
    {
        // Guards the test above against passing vacuously: the raw name would carry the line feed.
        Assert.Equal("Dockerfile.x\\nsrc", ShownText.Escape("Dockerfile.x\nsrc"));
    }
}
