namespace ContainerLint.Core.Tests.Discovery;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Discovery;

public sealed class FileDiscoveryTests
{
    [Fact]
    public void ADeepTreeIsWalkedWithoutRecursionAndPathsUseSlashes()
    {
        var root = Path.Combine(Path.GetTempPath(), "cl-disc-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var deep = root;
            for (var i = 0; i < 200; i++) deep = Path.Combine(deep, "d");
            Directory.CreateDirectory(deep);
            File.WriteAllText(Path.Combine(deep, "Dockerfile"), "FROM a\n");
            File.WriteAllText(Path.Combine(root, "notes.txt"), "x");
            var discovery = new FileDiscovery(root, new ConfigurationResolver(RuleCatalog.Default, new ConfigurationOverrides()));
            var result = discovery.Discover(["."]);
            Assert.Empty(result.Problems);
            var target = Assert.Single(result.Targets);
            Assert.Equal(string.Join('/', Enumerable.Repeat("d", 200)) + "/Dockerfile", target.DisplayPath);
            Assert.False(target.ExplicitlyGiven);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void AMissingPathAndADanglingLinkAreProblems()
    {
        var root = Path.Combine(Path.GetTempPath(), "cl-disc-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        try
        {
            File.CreateSymbolicLink(Path.Combine(root, "Dockerfile"), Path.Combine(root, "gone"));
            var discovery = new FileDiscovery(root, new ConfigurationResolver(RuleCatalog.Default, new ConfigurationOverrides()));
            var result = discovery.Discover(["Dockerfile", "nothing-here"]);
            Assert.Empty(result.Targets);
            Assert.Equal(2, result.Problems.Count);
            Assert.Contains("does not exist", result.Problems[0]);
            Assert.Contains("nothing-here: no such file or directory", result.Problems[1]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
