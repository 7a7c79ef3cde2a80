namespace ContainerLint.Core.Tests.CrossFile;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Tests.Kubernetes;

public sealed class CrossFileSampleTests
{
    private static IReadOnlyList<FileResult> LintFolders(params string[] folders)
    {
        var root = RepoPaths.Root;
        var targets = new List<LintTarget>();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                targets.Add(new LintTarget(file, Path.GetRelativePath(root, file).Replace('\\', '/')));
            }
        }

        Assert.NotEmpty(targets);
        var configuration = LintConfiguration.Default;
        return new LintRunner(LintEngine.CreateDefault(), _ => configuration).Run(targets);
    }

    [Fact]
    public void TheSecureSampleIsSilentEvenBesideTheInsecureOne()
    {
        // Both samples build the same image name: each manifest must join the Compose build nearest to it.
        var results = LintFolders("samples/secure/crossfile", "samples/insecure/crossfile");
        var secure = results.Where(r => r.Path.StartsWith("samples/secure/", StringComparison.Ordinal) && !r.Path.EndsWith("Dockerfile", StringComparison.Ordinal))
            .SelectMany(r => r.Findings).ToList();
        Assert.True(secure.Count == 0, secure.Describe());
        Assert.DoesNotContain(results.SelectMany(r => r.Findings), f => f.File.StartsWith("samples/secure/", StringComparison.Ordinal) && f.RuleId.StartsWith("CL5", StringComparison.Ordinal));
    }

    [Fact]
    public void TheInsecureSampleTriggersEveryCrossFileRule()
    {
        var results = LintFolders("samples/insecure/crossfile");
        var manifest = results.In("samples/insecure/crossfile/deploy/app.yaml").Select(f => (f.RuleId, f.Container)).ToList();
        Assert.Contains(("CL5001", "web"), manifest);
        Assert.Contains(("CL5002", "worker"), manifest);
        Assert.Contains(("CL5003", "web"), manifest);
        Assert.Contains(("CL2302", null), manifest);
        Assert.Contains(("CL2126", null), manifest);
        Assert.Contains(results.In("samples/insecure/crossfile/docker-compose.yml"), f => f.RuleId == "CL3010");
    }
}
