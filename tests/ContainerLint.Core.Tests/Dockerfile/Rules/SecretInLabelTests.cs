namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1005 SecretInLabel: snippet -> exact spans.</summary>
public sealed class SecretInLabelTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nLABEL deploy.token=\"glpat-abcdefghijklmnopqrst\"\n", new string[] { "CL1005@(2,20,2,48)" })]
    [InlineData("FROM alpine:3.22\nLABEL api_password=hunter22\n", new string[] { "CL1005@(2,20,2,28)" })]
    [InlineData("FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"Jane Doe\" password_policy=strict\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nLABEL token=$TOKEN\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1005", dockerfile));
}
