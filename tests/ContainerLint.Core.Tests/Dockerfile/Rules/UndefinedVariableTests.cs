namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1073 UndefinedVariable: snippet -> expected findings with exact spans.</summary>
public sealed class UndefinedVariableTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nARG APP_HOME=/app\nCOPY . $APP_HOEM/\n", "CL1073@(3,8,3,17)")]
    [InlineData("FROM alpine:3.21\nCOPY . $APP_HOME/\nARG APP_HOME=/app\n", "CL1073@(2,8,2,17)")]
    [InlineData("FROM golang:1.23\nWORKDIR $GOPATH/src\nENV PATH=$PATH:/x\nCOPY . ${DEST:-/app}\n", "")]
    [InlineData("FROM scratch\nCOPY app $DEST\n", "CL1073@(2,10,2,15)")]
    [InlineData("FROM alpine:3.21\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /app\nLABEL arch=$BUILDPLATFORM\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1073", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
