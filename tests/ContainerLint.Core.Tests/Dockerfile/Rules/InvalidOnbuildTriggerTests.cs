namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1071 InvalidOnbuildTrigger: snippet -> expected findings with exact spans.</summary>
public sealed class InvalidOnbuildTriggerTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nONBUILD {|CL1071:FROM|} debian:12\nONBUILD {|CL1071:ONBUILD|} RUN x\nONBUILD {|CL1071:MAINTAINER|} x\n")]
    [InlineData("FROM alpine:3.21\nONBUILD COPY . /app/\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1071", markup);
}
