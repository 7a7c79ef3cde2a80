namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1072 EnvSelfReference: snippet -> expected findings with exact spans.</summary>
public sealed class EnvSelfReferenceTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin\n", "CL1072@(2,27,2,36)")]
    [InlineData("FROM alpine:3.21\nENV PATH=/x:$PATH\nENV A=1\nENV B=$A\n", "")]
    [InlineData("FROM alpine:3.21\nENV A=1 \\\n    B=${A}\n", "CL1072@(3,7,3,11)")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1072", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
