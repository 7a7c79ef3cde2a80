namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1010 NoNonRootUser: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class NoNonRootUserTests
{
    [Theory]
    [InlineData("FROM {|CL1010:python:3.13-slim|}\nCMD [\"python\"]\n")]
    [InlineData("FROM python:3.13-slim\nUSER 10001\n")]
    [InlineData("FROM golang:1.25 AS build\nUSER 1000\nFROM {|CL1010:debian:bookworm-slim|}\nCOPY --from=build /a /a\n")]
    [InlineData("FROM debian:bookworm-slim AS base\nUSER 10001\nFROM base\nCMD x\n")]
    [InlineData("FROM gcr.io/distroless/static-debian12:nonroot\n")]
    [InlineData("FROM golang:1.25 AS b\nFROM scratch\nCOPY --from=b /app /app\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled\n")]
    [InlineData("# containerlint ignore=CL1010 -- runs as root by design\nFROM nginx:1.27\n")]
    [InlineData("from nginx:1.27\nuser nginx\n")]
    [InlineData("ARG BASE\nFROM ${BASE}\n")]
    [InlineData("FROM cgr.dev/chainguard/static:latest\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1010", markup);
}
