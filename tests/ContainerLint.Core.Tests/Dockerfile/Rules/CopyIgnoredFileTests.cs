namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1081 CopyIgnoredFile (BuildKit CopyIgnoredFile): COPY/ADD sources the .dockerignore excludes.</summary>
public sealed class CopyIgnoredFileTests
{
    [Theory]
    // BuildKit's integration test: the Dockerfile itself ignored, copied by COPY and ADD.
    [InlineData("Dockerfile\n", "FROM scratch\nCOPY {|CL1081:Dockerfile|} .\nADD {|CL1081:Dockerfile|} /windy\n")]
    // A parent folder's pattern covers the file; ./ and doubled slashes are cleaned first; ARGs are expanded.
    [InlineData("docs\n", "FROM nginx:1.27\nCOPY {|CL1081:./docs//index.html|} /usr/share/nginx/html/\n")]
    [InlineData("**/*.md\n", "FROM nginx:1.27\nARG PAGE=site/README.md\nCOPY {|CL1081:${PAGE}|} /x/\nCOPY site/index.html /x/\n")]
    [InlineData("/node_modules\n", "FROM node:22\nCOPY {|CL1081:node_modules|} ./node_modules\nCOPY package.json .\n")]
    // The context root is reported only when a pattern excludes everything.
    [InlineData("*\n", "FROM node:22\nCOPY {|CL1081:.|} .\n")]
    [InlineData(".git\n", "FROM node:22\nCOPY . .\n")]
    // Re-inclusions make BuildKit skip the check; COPY --from, URLs and heredocs are not context paths.
    [InlineData("docs\n!docs/index.html\n", "FROM nginx:1.27\nCOPY docs/index.html /x/\n")]
    [InlineData("docs\n", "FROM nginx:1.27 AS site\nFROM nginx:1.27\nCOPY --from=site docs /x/\nADD https://example.com/docs /x/\nCOPY <<EOF /x/docs\nhello\nEOF\n")]
    // A line starting with '#' is a comment, not a pattern.
    [InlineData("# docs\n", "FROM nginx:1.27\nCOPY docs /x/\n")]
    public void Check(string dockerIgnore, string markup) => DockerfileRuleHarness.Verify("CL1081", markup, dockerIgnore: dockerIgnore);

    [Fact]
    public void WithoutADockerIgnoreNothingIsReported() =>
        Assert.Empty(DockerfileRuleHarness.Hits("CL1081", "FROM scratch\nCOPY Dockerfile .\n"));

    [Fact]
    public void MessageNamesTheInstructionAndTheCleanedPath()
    {
        var finding = Assert.Single(DockerfileRuleHarness.Findings("CL1081", "FROM scratch\nADD ./docs/ /x/\n", dockerIgnore: "docs\n"));
        Assert.StartsWith("ADD 'docs' is excluded by the .dockerignore", finding.Message, StringComparison.Ordinal);
    }
}
