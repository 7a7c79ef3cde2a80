namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1073 UndefinedVariable: snippet -> expected findings with exact spans.</summary>
public sealed class UndefinedVariableTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nARG APP_HOME=/app\nCOPY . {|CL1073:$APP_HOEM|}/\n")]
    [InlineData("FROM alpine:3.21\nCOPY . {|CL1073:$APP_HOME|}/\nARG APP_HOME=/app\n")]
    [InlineData("FROM golang:1.23\nWORKDIR $GOPATH/src\nENV PATH=$PATH:/x\nCOPY . ${DEST:-/app}\n")]
    [InlineData("FROM scratch\nCOPY app {|CL1073:$DEST|}\n")]
    [InlineData("FROM alpine:3.21\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /app\nLABEL arch=$BUILDPLATFORM\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1073", markup);
}
