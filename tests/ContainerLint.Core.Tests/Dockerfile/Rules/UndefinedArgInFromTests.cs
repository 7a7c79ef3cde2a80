namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1026 UndefinedArgInFrom: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class UndefinedArgInFromTests
{
    [Theory]
    [InlineData("FROM {|CL1026:nginx:${TAG}|}\n")]
    [InlineData("ARG TAG\nFROM {|CL1026:nginx:${TAG}|}\n")]
    [InlineData("ARG TAG=1.27\nFROM nginx:${TAG}\n")]
    [InlineData("FROM nginx:${TAG:i}\n")] // malformed: CL0014, not a missing ARG
    [InlineData("FROM nginx:${templateOption:imageVariant}\n")] // a Dev Container Templates placeholder, replaced before the build
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.25\n")]
    [InlineData("ARG BASE=\nFROM {|CL1026:${BASE}|}\n")]
    [InlineData("FROM alpine:3.22\nARG TAG=1\nFROM {|CL1026:nginx:${TAG}|}\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1026", markup);
}
