namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1071 InvalidOnbuildTrigger: snippet -> expected findings with exact spans.</summary>
public sealed class InvalidOnbuildTriggerTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nONBUILD FROM debian:12\nONBUILD ONBUILD RUN x\nONBUILD MAINTAINER x\n", "CL1071@(2,9,2,13) CL1071@(3,9,3,16) CL1071@(4,9,4,19)")]
    [InlineData("FROM alpine:3.21\nONBUILD COPY . /app/\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1071", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
