namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1070 MaintainerDeprecated: snippet -> expected findings with exact spans.</summary>
public sealed class MaintainerDeprecatedTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\n{|CL1070:MAINTAINER|} Jane Doe <jane@example.com>\n")]
    [InlineData("FROM alpine:3.21\n{|CL1070:maintainer|} jane\n")]
    [InlineData("FROM alpine:3.21\nLABEL org.opencontainers.image.authors=jane\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1070", markup);

    [Fact]
    public void TheFixRewritesMaintainerIntoTheOciAuthorsLabel()
    {
        var fix = DockerfileRuleHarness.Findings("CL1070", "FROM alpine:3.21\nMAINTAINER Jane \"JD\" Doe\n").Single().Fix;
        Assert.NotNull(fix);
        Assert.Equal("(2,1,2,25)", fix.Edits.Single().Span.ToString());
        Assert.Equal("LABEL org.opencontainers.image.authors=\"Jane \\\"JD\\\" Doe\"", fix.Edits.Single().Replacement);
    }
}
