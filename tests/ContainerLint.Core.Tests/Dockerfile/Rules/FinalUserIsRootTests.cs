namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1011 FinalUserIsRoot: snippet -> exact spans.</summary>
public sealed class FinalUserIsRootTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nUSER root\n", new string[] { "CL1011@(2,6,2,10)" })]
    [InlineData("FROM alpine:3.22 AS build\nUSER root\nFROM alpine:3.22\nUSER 1000\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nARG U=0\nUSER ${U}:0\n", new string[] { "CL1011@(3,6,3,12)" })]
    [InlineData("FROM alpine:3.22\nUSER $APPUSER\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nUSER root\nRUN x\nUSER app\n", new string[] { })]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n", new string[] { "CL1011@(2,6,2,28)" })]
    [InlineData("FROM alpine:3.22 AS base\nUSER root\nFROM base\nRUN x\n", new string[] { "CL1011@(2,6,2,10)" })]
    [InlineData("FROM alpine:3.22\nuser 0:0\n", new string[] { "CL1011@(2,6,2,9)" })]
    [InlineData("FROM alpine:3.22\nUSER rootless\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1011", dockerfile));
}
