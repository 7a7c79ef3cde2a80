namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1062 RelativeWorkdir: snippet -> expected findings with exact spans.</summary>
public sealed class RelativeWorkdirTests
{
    [Theory]
    [InlineData("FROM debian:12\nWORKDIR {|CL1062:app|}\n")]
    [InlineData("FROM debian:12\nWORKDIR /app\nWORKDIR C:\\\\app\n")]
    [InlineData("FROM debian:12\nARG D=/srv\nWORKDIR $D/app\n")]
    [InlineData("FROM debian:12\nARG D=srv\nWORKDIR {|CL1062:${D}|}\n")]
    [InlineData("FROM debian:12\nWORKDIR $UNKNOWN/x\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1062", markup);
}
