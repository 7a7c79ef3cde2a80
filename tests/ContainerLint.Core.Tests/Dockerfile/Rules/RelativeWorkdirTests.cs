namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1062 RelativeWorkdir: snippet -> expected findings with exact spans.</summary>
public sealed class RelativeWorkdirTests
{
    [Theory]
    [InlineData("FROM debian:12\nWORKDIR app\n", "CL1062@(2,9,2,12)")]
    [InlineData("FROM debian:12\nWORKDIR /app\nWORKDIR C:\\\\app\n", "")]
    [InlineData("FROM debian:12\nARG D=/srv\nWORKDIR $D/app\n", "")]
    [InlineData("FROM debian:12\nARG D=srv\nWORKDIR ${D}\n", "CL1062@(3,9,3,13)")]
    [InlineData("FROM debian:12\nWORKDIR $UNKNOWN/x\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1062", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
