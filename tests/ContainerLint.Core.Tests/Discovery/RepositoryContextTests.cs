namespace ContainerLint.Core.Tests.Discovery;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Discovery;
using ContainerLint.Core.Engine;

/// <summary>Which other files of the repository the CLI reads for the cross-file rules (issue #14), and when none.</summary>
public sealed class RepositoryContextTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cl-context-" + Guid.NewGuid().ToString("N")[..12]);

    public RepositoryContextTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        Write("app/Dockerfile", "FROM a\n");
        Write("worker.Dockerfile", "FROM a\n");
        Write("docker-compose.yml", "services: {web: {build: ./app}}\n");
        Write("deploy/app.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\n");
        Write("deploy/policy.yaml", "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\n");
        Write("src/App/App.csproj", "<Project />\n");
        Write("node_modules/x/Dockerfile", "FROM a\n");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private void Write(string relative, string content)
    {
        var full = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    private IReadOnlyList<string> Gather(string workingDirectory, params string[] paths)
    {
        var discovery = new FileDiscovery(workingDirectory, new ConfigurationResolver(RuleCatalog.Default, new ConfigurationOverrides()));
        var targets = discovery.Discover(paths).Targets;
        return RepositoryContext.Gather(discovery, paths, targets).Select(t => Path.GetRelativePath(_root, t.FullPath!).Replace('\\', '/')).ToList();
    }

    [Fact]
    public void AManifestGetsTheRestOfTheRepositoryDockerfilesFirstAndNeverItself()
    {
        Assert.Equal(["app/Dockerfile", "worker.Dockerfile", "docker-compose.yml", "deploy/policy.yaml"], Gather(_root, "deploy/app.yaml"));
        Assert.Equal(RepositoryContext.FindRepositoryRoot(Path.Combine(_root, "deploy")), _root);
    }

    [Fact]
    public void NoContextWhenNothingLintedCanReceiveACrossFileFinding()
    {
        Assert.Empty(Gather(_root, "app/Dockerfile"));
        Assert.Empty(Gather(_root, "src/App/App.csproj", "worker.Dockerfile"));
    }

    [Fact]
    public void NoContextWhenAFolderArgumentCoversTheRepository()
    {
        Assert.Empty(Gather(_root, "."));
        Assert.Empty(Gather(Path.Combine(_root, "deploy"), ".."));
        Assert.NotEmpty(Gather(_root, "deploy"));
    }

    [Fact]
    public void NoContextOutsideARepository()
    {
        Directory.Delete(Path.Combine(_root, ".git"));
        Assert.False(RepositoryContext.FindRepositoryRoot(_root)?.StartsWith(_root, StringComparison.Ordinal) ?? false);
        Assert.DoesNotContain("app/Dockerfile", Gather(_root, "deploy/app.yaml"));
    }
}
