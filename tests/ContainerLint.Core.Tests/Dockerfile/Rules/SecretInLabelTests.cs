namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1005 SecretInLabel: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class SecretInLabelTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nLABEL deploy.token={|CL1005:\"glpat-abcdefghijklmnopqrst\"|}\n")]
    [InlineData("FROM alpine:3.22\nLABEL api_password={|CL1005:hunter22|}\n")]
    [InlineData("FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"Jane Doe\" password_policy=strict\n")]
    [InlineData("FROM alpine:3.22\nLABEL token=$TOKEN\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1005", markup);
}
