namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1010 NoNonRootUser: snippet -> exact spans.</summary>
public sealed class NoNonRootUserTests
{
    [Theory]
    [InlineData("FROM python:3.13-slim\nCMD [\"python\"]\n", new string[] { "CL1010@(1,6,1,22)" })]
    [InlineData("FROM python:3.13-slim\nUSER 10001\n", new string[] { })]
    [InlineData("FROM golang:1.25 AS build\nUSER 1000\nFROM debian:bookworm-slim\nCOPY --from=build /a /a\n", new string[] { "CL1010@(3,6,3,26)" })]
    [InlineData("FROM debian:bookworm-slim AS base\nUSER 10001\nFROM base\nCMD x\n", new string[] { })]
    [InlineData("FROM gcr.io/distroless/static-debian12:nonroot\n", new string[] { })]
    [InlineData("FROM golang:1.25 AS b\nFROM scratch\nCOPY --from=b /app /app\n", new string[] { })]
    [InlineData("FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled\n", new string[] { })]
    [InlineData("# containerlint ignore=CL1010 -- runs as root by design\nFROM nginx:1.27\n", new string[] { })]
    [InlineData("from nginx:1.27\nuser nginx\n", new string[] { })]
    [InlineData("ARG BASE\nFROM ${BASE}\n", new string[] { })]
    [InlineData("FROM cgr.dev/chainguard/static:latest\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1010", dockerfile));
}
