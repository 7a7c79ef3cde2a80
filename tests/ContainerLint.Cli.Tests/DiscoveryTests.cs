namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

public sealed class DiscoveryTests
{
    private static List<string> Files(CliResult result) =>
        JObject.Parse(result.Stdout)["files"]!.Select(f => (string)f["path"]!).ToList();

    [Fact]
    public void WalkingFindsOurFilesAndSkipsToolFolders()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM a\n");
        dir.Write("svc/Containerfile", "FROM a\n");
        dir.Write("svc/api.dockerfile", "FROM a\n");
        dir.Write("compose.yaml", "services: {}\n");
        dir.Write("k8s/app.yml", "apiVersion: v1\nkind: Pod\n");
        dir.Write("k8s/values.yaml", "replicas: 3\n");
        dir.Write("README.md", "# hi\n");
        foreach (var skipped in new[] { ".git", "node_modules", "bin", "obj" }) dir.Write(skipped + "/Dockerfile", "FROM a\n");
        var result = Cli.Run(dir.Path, "--format", "json", ".");
        Assert.Equal(["Dockerfile", "compose.yaml", "k8s/app.yml", "svc/Containerfile", "svc/api.dockerfile"], Files(result));
    }

    [Fact]
    public void SymlinkLoopsAreWalkedOnceAndDanglingLinksIgnored()
    {
        using var dir = new TempDir();
        dir.Write("a/Dockerfile", "FROM a\n");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "loop"), Path.Combine(dir.Path, "a"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "up"), dir.Path);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "a", "Dockerfile.gone"), Path.Combine(dir.Path, "nowhere"));
        dir.Write("b/Dockerfile", "FROM b\n");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "c"), Path.Combine(dir.Path, "b"));
        var result = Cli.Run(dir.Path, "--format", "json", ".");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["a/Dockerfile", "b/Dockerfile"], Files(result));
    }

    [Fact]
    public void ExplicitFilesAndFoldersAreDeduplicatedAndPathsAreRelative()
    {
        using var dir = new TempDir();
        dir.Write("x/Dockerfile", "FROM a\n");
        dir.Write("x/deploy.yaml", "services:\n  web: {}\n");
        var result = Cli.Run(Path.Combine(dir.Path, "x"), "--format", "json", ".", "Dockerfile", "./Dockerfile", "deploy.yaml");
        // A YAML file named explicitly with top-level services: is a Compose file.
        Assert.Equal(["Dockerfile", "deploy.yaml"], Files(result));
        Assert.Equal("compose", (string?)JObject.Parse(result.Stdout)["files"]![1]!["kind"]);

        var outside = Cli.Run(Path.Combine(dir.Path, "x"), "--format", "json", "../x/Dockerfile");
        Assert.Equal(["Dockerfile"], Files(outside));
    }

    [Fact]
    public void ABinaryDockerfileIsReportedNotCrashedOn()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(Path.Combine(dir.Path, "Dockerfile"), [0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]);
        var result = Cli.Run(dir.Path, "--format", "json", ".");
        var finding = Assert.Single((JArray)JObject.Parse(result.Stdout)["findings"]!);
        Assert.Equal("CL0009", (string?)finding["ruleId"]);
    }
}
