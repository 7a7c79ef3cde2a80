namespace ContainerLint.Core.Tests.Dockerfile.Context;

using ContainerLint.Core.Dockerfile.Context;

/// <summary>
/// .dockerignore reading and matching with BuildKit's semantics (moby ignorefile + patternmatcher): the cases of
/// patternmatcher's own tests and of the Docker documentation.
/// </summary>
public sealed class DockerIgnoreTests
{
    [Theory]
    // Exact names, and everything under a matching folder.
    [InlineData("node_modules", "node_modules", true)]
    [InlineData("node_modules", "node_modules/left-pad/index.js", true)]
    [InlineData("node_modules", "web/node_modules", false)]
    // * and ? stop at /.
    [InlineData("*.md", "README.md", true)]
    [InlineData("*.md", "docs/README.md", false)]
    [InlineData("*/temp*", "somedir/temporary.txt", true)]
    [InlineData("*/*/temp*", "somedir/subdir/temporary.txt", true)]
    [InlineData("temp?", "temp1", true)]
    [InlineData("temp?", "temp/x", false)]
    [InlineData("temp?", "temp12", false)]
    // ** crosses folders, also none; a leading **/ matches at the root too; a trailing ** is a prefix.
    [InlineData("**/*.go", "main.go", true)]
    [InlineData("**/*.go", "cmd/app/main.go", true)]
    [InlineData("**/.env", ".env", true)]
    [InlineData("**/.env", "deploy/.env", true)]
    [InlineData("**/.env", "deploy/x.env", false)]
    [InlineData("dir/**", "dir/a/b", true)]
    [InlineData("dir/**", "dir", false)]
    [InlineData("**", "anything/at/all", true)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    // Cleaned: a leading slash, ./ and trailing slashes go.
    [InlineData("/build/", "build/out.bin", true)]
    [InlineData("./secrets//", "secrets/key", true)]
    // Character classes and escapes.
    [InlineData("[a-c].txt", "b.txt", true)]
    [InlineData("[a-c].txt", "d.txt", false)]
    [InlineData(@"\*.txt", "*.txt", true)]
    [InlineData(@"\*.txt", "a.txt", false)]
    // Regular-expression characters are literal.
    [InlineData("a+b(1).txt", "a+b(1).txt", true)]
    [InlineData("a.txt", "abtxt", false)]
    public void OnePattern(string pattern, string path, bool excluded) =>
        Assert.Equal(excluded, DockerIgnore.Parse(pattern + "\n").Excludes(path));

    [Theory]
    // The last matching pattern wins; ! re-includes.
    [InlineData("*.md\n!README.md\n", "README.md", false)]
    [InlineData("*.md\n!README.md\n", "CHANGES.md", true)]
    [InlineData("!README.md\n*.md\n", "README.md", true)]
    // A re-included folder's files come back; a later exclusion takes them again.
    [InlineData("docs\n!docs/public\n", "docs/public/index.html", false)]
    [InlineData("docs\n!docs/public\ndocs/public/draft*\n", "docs/public/draft1.html", true)]
    // Comments only in the first column; blank lines and surrounding spaces do not count; a BOM is dropped.
    [InlineData("# .env\n", ".env", false)]
    [InlineData("  .env  \n\n", ".env", true)]
    [InlineData("\uFEFF.env\r\n", ".env", true)]
    [InlineData("!\n", "x", false)]
    public void ManyPatterns(string text, string path, bool excluded) => Assert.Equal(excluded, DockerIgnore.Parse(text).Excludes(path));

    [Fact]
    public void ExclusionsAreKnown()
    {
        Assert.False(DockerIgnore.Parse("docs\n").HasExclusions);
        Assert.True(DockerIgnore.Parse("docs\n!docs/a\n").HasExclusions);
        Assert.Empty(DockerIgnore.Parse(null).Patterns);
    }

    [Fact]
    public void HostilePatternsMatchInLinearTime()
    {
        var ignore = DockerIgnore.Parse(string.Concat(Enumerable.Repeat("**/", 40)) + "*x*y*z\n");
        var path = string.Join('/', Enumerable.Repeat("aaaaaaaaaa", 200));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(ignore.Excludes(path));
        // Generous bound: a backtracking matcher takes minutes here.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("", ".")]
    [InlineData("./a//b/../c/", "a/c")]
    [InlineData("/../a", "/a")]
    [InlineData("../../a", "../../a")]
    [InlineData("a/..", ".")]
    public void CleanIsGoPathClean(string path, string clean) => Assert.Equal(clean, GoPath.Clean(path));
}
