namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1010 NoNonRootUser: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class NoNonRootUserTests
{
    [Theory]
    [InlineData("FROM {|CL1010:python:3.13-slim|}\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n")]
    [InlineData("FROM python:3.13-slim\nRUN pip install --no-cache-dir uv==0.5.0\nCMD [\"python3\"]\n")]
    [InlineData("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends openjdk-21-jdk-headless\n")]
    [InlineData("FROM scratch\nCOPY app /app\n")]
    [InlineData("FROM {|CL1010:scratch|}\nCOPY app /app\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM bats-jenkins\nCOPY plugins.txt /tmp/\nCMD x\n")]
    [InlineData("FROM quay.io/jupyter/base-notebook:2025-01-06\nCOPY notebook.ipynb .\nCMD start-notebook.py\n")]
    [InlineData("# escape=`\nFROM mcr.microsoft.com/dotnet/framework/aspnet:4.8.1\nCOPY site /inetpub/wwwroot\nENTRYPOINT [\"C:\\\\ServiceMonitor.exe\", \"w3svc\"]\n")]
    [InlineData("# escape=`\nFROM mcr.microsoft.com/dotnet/framework/aspnet:4.8.1\nCOPY site /inetpub/wwwroot\n")] // ServiceMonitor inherited from the base
    [InlineData("FROM microsoft/iis\nRUN mkdir C:\\site\n")]
    [InlineData("FROM {|CL1010:mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022|}\nENTRYPOINT [\"C:\\\\app\\\\app.exe\"]\n")] // its own entry point
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

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCMD x\n", "add USER $APP_UID (the unprivileged app user, UID 1654, that .NET 8 and later images define).")]
    [InlineData("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble\nCMD x\n", "add USER $APP_UID (the unprivileged app user, UID 1654, that .NET 8 and later images define).")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:7.0\nCMD x\n", "add USER with a non-root numeric UID, e.g. USER 10001.")]
    [InlineData("FROM gcr.io/distroless/static-debian12\nCMD x\n", "use the image's :nonroot tag or add USER 65532 (distroless's nonroot user).")]
    [InlineData("FROM python:3.13-slim\nCMD x\n", "add USER with a non-root numeric UID, e.g. USER 10001.")]
    public void FixUsesTheBaseImagesOwnUser(string dockerfile, string expectedEnd) =>
        Assert.EndsWith(expectedEnd, Assert.Single(DockerfileRuleHarness.Findings("CL1010", dockerfile)).Message, StringComparison.Ordinal);
}
