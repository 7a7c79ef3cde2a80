namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1072 EnvSelfReference: snippet -> expected findings with exact spans.</summary>
public sealed class EnvSelfReferenceTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nENV APP_HOME=/app APP_BIN={|CL1072:$APP_HOME|}/bin\n")]
    [InlineData("FROM alpine:3.21\nENV PATH=/x:$PATH\nENV A=1\nENV B=$A\n")]
    [InlineData("FROM alpine:3.21\nENV A=1 \\\n    B={|CL1072:${A}|}\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1072", markup);
}
