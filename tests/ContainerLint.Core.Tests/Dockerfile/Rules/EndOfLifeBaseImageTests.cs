namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Configuration;

/// <summary>CL1024 EndOfLifeBaseImage: snippet -> exact spans.</summary>
public sealed class EndOfLifeBaseImageTests
{
    private static readonly LintConfiguration Config = LintConfiguration.Default with { Policy = Policies.All, EolReferenceDate = new DateOnly(2025, 12, 1) };

    [Theory]
    [InlineData("FROM centos:8\n", new string[] { "CL1024@(1,6,1,14)" })]
    [InlineData("FROM python:3.11-slim-buster\n", new string[] { "CL1024@(1,6,1,29)" })]
    [InlineData("FROM node:22-alpine3.16\n", new string[] { "CL1024@(1,6,1,24)" })]
    [InlineData("FROM python:3.13-slim\n", new string[] { })]
    [InlineData("FROM python:3.12\n", new string[] { })]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:6.0\n", new string[] { "CL1024@(1,6,1,41)" })]
    [InlineData("ARG NODE=14\nFROM node:${NODE}-alpine AS build\nFROM nginx:1.27\n", new string[] { "CL1024@(2,6,2,25)" })]
    [InlineData("FROM debian:bookworm-slim\n", new string[] { })]
    [InlineData("FROM ubuntu:20.04\n", new string[] { "CL1024@(1,6,1,18)" })]
    [InlineData("FROM ubuntu:22.04\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1024", dockerfile, Config));
}
