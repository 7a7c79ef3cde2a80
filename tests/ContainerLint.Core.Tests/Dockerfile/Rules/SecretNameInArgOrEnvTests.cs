namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1003 SecretNameInArgOrEnv: snippet -> exact spans.</summary>
public sealed class SecretNameInArgOrEnvTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nARG NPM_TOKEN\n", new string[] { "CL1003@(2,5,2,14)" })]
    [InlineData("FROM alpine:3.22\nENV DB_PASSWORD=x\n", new string[] { "CL1003@(2,5,2,16)" })]
    [InlineData("FROM alpine:3.22\nENV PASSWORD_FILE=/run/secrets/pw\n", new string[] { })]
    [InlineData("ARG GITHUB_TOKEN\nFROM alpine:3.22\n", new string[] { "CL1003@(1,5,1,17)" })]
    [InlineData("FROM alpine:3.22\nENV API_KEY abc\n", new string[] { "CL1003@(2,5,2,12)" })]
    [InlineData("FROM alpine:3.22\nenv GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nENV A=1 \\\n    AWS_SECRET_ACCESS_KEY=x\n", new string[] { "CL1003@(3,5,3,26)" })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1003", dockerfile));
}
