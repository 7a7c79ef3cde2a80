namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1011 FinalUserIsRoot: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class FinalUserIsRootTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nUSER {|CL1011:root|}\n")]
    [InlineData("FROM alpine:3.22 AS build\nUSER root\nFROM alpine:3.22\nUSER 1000\n")]
    [InlineData("FROM alpine:3.22\nARG U=0\nUSER {|CL1011:${U}:0|}\n")]
    [InlineData("FROM alpine:3.22\nUSER $APPUSER\n")]
    [InlineData("FROM alpine:3.22\nUSER root\nRUN x\nUSER app\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER {|CL1011:ContainerAdministrator|}\n")]
    [InlineData("FROM alpine:3.22 AS base\nUSER {|CL1011:root|}\nFROM base\nRUN x\n")]
    [InlineData("FROM alpine:3.22\nuser {|CL1011:0:0|}\n")]
    [InlineData("FROM alpine:3.22\nUSER rootless\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1011", markup);
}
