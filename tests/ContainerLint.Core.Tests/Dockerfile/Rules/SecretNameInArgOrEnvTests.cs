namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1003 SecretNameInArgOrEnv: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class SecretNameInArgOrEnvTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nARG {|CL1003:NPM_TOKEN|}\n")]
    [InlineData("FROM alpine:3.22\nENV {|CL1003:DB_PASSWORD|}=x\n")]
    [InlineData("FROM alpine:3.22\nENV PASSWORD_FILE=/run/secrets/pw\n")]
    [InlineData("ARG {|CL1003:GITHUB_TOKEN|}\nFROM alpine:3.22\n")]
    [InlineData("FROM alpine:3.22\nENV {|CL1003:API_KEY|} abc\n")]
    [InlineData("FROM alpine:3.22\nenv GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D\n")]
    [InlineData("FROM alpine:3.22\nENV A=1 \\\n    {|CL1003:AWS_SECRET_ACCESS_KEY|}=x\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1003", markup);
}
