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
    // BuildKit WorkdirRelativePath judges the first WORKDIR of a stage only, counting the stages it is built FROM
    // (tonistiigi/xx builds with # check=error=true and WORKDIR /work then WORKDIR apple-libtapi).
    [InlineData("FROM alpine:3.22 AS base\nWORKDIR /work\nWORKDIR apple-libtapi\nFROM base\nWORKDIR build\n")]
    [InlineData("FROM alpine:3.22\nWORKDIR {|CL1062:src|}\nWORKDIR app\nFROM alpine:3.22\nWORKDIR {|CL1062:data|}\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1062", markup);
}
