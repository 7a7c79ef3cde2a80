namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1026 UndefinedArgInFrom: snippet -> exact spans.</summary>
public sealed class UndefinedArgInFromTests
{
    [Theory]
    [InlineData("FROM nginx:${TAG}\n", new string[] { "CL1026@(1,6,1,18)" })]
    [InlineData("ARG TAG\nFROM nginx:${TAG}\n", new string[] { "CL1026@(2,6,2,18)" })]
    [InlineData("ARG TAG=1.27\nFROM nginx:${TAG}\n", new string[] { })]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.25\n", new string[] { })]
    [InlineData("ARG BASE=\nFROM ${BASE}\n", new string[] { "CL1026@(2,6,2,13)" })]
    [InlineData("FROM alpine:3.22\nARG TAG=1\nFROM nginx:${TAG}\n", new string[] { "CL1026@(3,6,3,18)" })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1026", dockerfile));
}
