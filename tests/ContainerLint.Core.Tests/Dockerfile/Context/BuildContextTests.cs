namespace ContainerLint.Core.Tests.Dockerfile.Context;

using ContainerLint.Core.Dockerfile.Context;
using ContainerLint.Core.Secrets;

/// <summary>
/// Reading a build context from disk the way BuildKit sends it: the .dockerignore applied, symlinks not followed, .git and
/// excluded folders not walked, FIFOs not opened, and the walk bounded (it says where it stopped).
/// </summary>
public sealed class BuildContextTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cl-context-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ListsTheSecretsThatTheDockerIgnoreLetsThrough()
    {
        Write(".env", "DATABASE_URL=postgres://app:hunter2@db/app\n");
        Write(".env.example", "DATABASE_URL=\n");
        Write(".git/HEAD", "ref: refs/heads/main\n");
        Write(".npmrc", "//registry.npmjs.org/:_authToken=npm_AbCdEf0123456789\n");
        Write("certs/ca.pem", "-----BEGIN CERTIFICATE-----\nMIID\n-----END CERTIFICATE-----\n");
        Write("certs/server.pem", "-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----\n");
        Write("node_modules/left-pad/.env", "X=1\n");
        Write("src/server.js", "require('http')\n");

        var listing = Read("node_modules\n");
        Assert.True(listing.IsComplete);
        Assert.Equal([".env", ".git/", ".npmrc", "certs/server.pem"], listing.Secrets.Select(s => s.Display));
        Assert.Equal([SecretFileKind.EnvironmentFile, SecretFileKind.GitFolder, SecretFileKind.Credentials, SecretFileKind.PrivateKey], listing.Secrets.Select(s => s.Kind));

        Assert.Equal(["certs/server.pem"], Read(".git\n.env*\n.npmrc\nnode_modules\n").Secrets.Select(s => s.Display));
    }

    [Fact]
    public void AReincludedFileUnderAnExcludedFolderIsFound()
    {
        Write("config/app.yaml", "port: 80\n");
        Write("config/.env", "TOKEN=x\n");
        Assert.Empty(Read("config\n").Secrets);
        Assert.Equal(["config/.env"], Read("config\n!config/.env\n").Secrets.Select(s => s.Display));
    }

    [Fact]
    public void SymlinksAreNeitherFollowedNorReported()
    {
        var outside = Directory.CreateTempSubdirectory("cl-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "id_rsa"), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
            File.WriteAllText(Path.Combine(outside, ".env"), "TOKEN=x\n");
            Directory.CreateSymbolicLink(Path.Combine(_root, "home"), outside);
            File.CreateSymbolicLink(Path.Combine(_root, ".env"), Path.Combine(outside, ".env"));
            // A loop: followed, it would never end.
            Directory.CreateSymbolicLink(Path.Combine(_root, "loop"), _root);
            Write("app.py", "print(1)\n");
            var listing = Read(null);
            Assert.True(listing.IsComplete);
            Assert.Empty(listing.Secrets);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void AFifoNamedLikeARegistryConfigDoesNotHangTheRead()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(_root, ".npmrc");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        Write(".env", "X=1\n");
        Assert.Equal([".env"], Read(null).Secrets.Select(s => s.Display));
    }

    [Fact]
    public void TheGitFolderIsNotWalked()
    {
        for (var i = 0; i < 300; i++) Write($".git/objects/{i:x2}/obj", "x");
        Write("zz/.env", "X=1\n");
        // 300 objects under .git would exceed the bound if .git were walked.
        var listing = Read(null, new BuildContextLimits(50, TimeSpan.FromMinutes(1), 64));
        Assert.True(listing.IsComplete);
        Assert.Equal([".git/", "zz/.env"], listing.Secrets.Select(s => s.Display));
    }

    [Fact]
    public void TheWalkIsBoundedAndSaysWhereItStopped()
    {
        Write(".env", "X=1\n");
        for (var i = 0; i < 60; i++) Write($"data/{i:D3}.csv", "1,2\n");
        Write("zz/id_rsa", "key");
        var listing = Read(null, new BuildContextLimits(40, TimeSpan.FromMinutes(1), 64));
        Assert.False(listing.IsComplete);
        Assert.Equal("40 entries", listing.StoppedBecause);
        // Breadth first: what is at the top was seen.
        Assert.Equal([".env"], listing.Secrets.Select(s => s.Display));

        var deep = string.Join('/', Enumerable.Repeat("d", 10));
        Write(deep + "/.env", "X=1\n");
        Assert.Equal("folders nested 5 deep", Read(null, new BuildContextLimits(10_000, TimeSpan.FromMinutes(1), 5)).StoppedBecause);
    }

    [Fact]
    public void ContextsAreSharedPerFolderAndDockerIgnore()
    {
        var contexts = new BuildContexts();
        var a = contexts.For(Path.Combine(_root, "Dockerfile"), ".git\n");
        Assert.Same(a, contexts.For(Path.Combine(_root, "Dockerfile.prod"), ".git\n"));
        Assert.NotSame(a, contexts.For(Path.Combine(_root, "Dockerfile.prod"), ".git\n.env\n"));
        Assert.Equal(_root, a.Directory);
    }

    private BuildContextListing Read(string? dockerIgnore, BuildContextLimits? limits = null) =>
        new BuildContext(_root, DockerIgnore.Parse(dockerIgnore), limits).Listing;

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
