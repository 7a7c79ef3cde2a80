namespace ContainerLint.Core.Tests.Images;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Images;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>allowedImages/allowedRegistries and the rules that read them: CL1084, CL2135, CL3016, CL4013.</summary>
public sealed class AllowedImagesTests
{
    private const string Config = """
        allowedImages:
          - mcr.microsoft.com/dotnet/*
          - alpine:3.*
          - docker.io/library/postgres:16*
        allowedRegistries:
          - registry.example.com
          - "*.azurecr.io"
        """;

    private static LintConfiguration Configured(string yaml = Config) =>
        ConfigurationResolver.Merge(ConfigurationFile.Parse(yaml, "/repo/.containerlint.yaml", RuleCatalog.Default), new ConfigurationOverrides());

    /// <summary>Each finding as its span, the text under it and its container: the span is the image reference itself.</summary>
    private static string[] Hits(string ruleId, string path, FileKind kind, string text, LintConfiguration? configuration = null)
    {
        var lines = text.Split('\n');
        return LintEngine.CreateDefault().Lint(new LintInput(path, new SourceText(text)), kind, configuration ?? Configured()).Findings
            .Where(f => f.RuleId == ruleId)
            .Select(f => $"{f.Span.Line},{f.Span.Column},{f.Span.EndLine},{f.Span.EndColumn} {lines[f.Span.Line - 1][(f.Span.Column - 1)..(f.Span.EndColumn - 1)]}{(f.Container is null ? "" : " " + f.Container)}")
            .ToArray();
    }

    [Theory]
    [InlineData("alpine:3.21", true)]
    [InlineData("docker.io/library/alpine:3.19@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("alpine:edge", false)]
    [InlineData("alpine", false)]
    [InlineData("index.docker.io/library/alpine:3.20", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0", true)]
    [InlineData("mcr.microsoft.com/dotnet-evil/aspnet:10.0", false)]
    [InlineData("mcr.microsoft.com/powershell:latest", false)]
    [InlineData("postgres:16.4-alpine", true)]
    [InlineData("postgres:15", false)]
    [InlineData("registry.example.com/shop/web:1.0", true)]
    [InlineData("registry.example.com.evil.io/shop/web:1.0", false)]
    [InlineData("acme.azurecr.io/web:1", true)]
    [InlineData("someone/alpine:3.21", false)]
    public void PatternsMatchNormalisedNames(string image, bool allowed) =>
        Assert.Equal(allowed, Configured().AllowedImages.Allows(ImageReference.TryParse(image)!));

    [Fact]
    public void DockerfileImagesOutsideTheListsAreReportedOnTheReference() =>
        Assert.Equal(
            ["2,6,2,18 node:${NODE}", "4,29,4,38 busybox:1", "6,13,6,26 ghcr.io/x/y:1"],
            Hits("CL1084", "Dockerfile", FileKind.Dockerfile, """
                ARG NODE=20
                FROM node:${NODE} AS web
                FROM alpine:3.21 AS build
                RUN --mount=type=cache,from=busybox:1,target=/x true
                FROM build
                COPY --from=ghcr.io/x/y:1 /a /a
                COPY --from=web /b /b
                FROM ${UNKNOWN}
                FROM scratch
                """));

    [Fact]
    public void KubernetesContainersOutsideTheListsAreReportedWithTheirContainer() =>
        Assert.Equal(
            ["8,14,8,26 busybox:1.36 init", "11,14,11,24 nginx:1.27 web"],
            Hits("CL2135", "pod.yaml", FileKind.Kubernetes, """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                spec:
                  initContainers:
                    - name: init
                      image: busybox:1.36
                  containers:
                    - name: web
                      image: nginx:1.27
                    - name: sidecar
                      image: registry.example.com/sidecar:2
                """));

    [Fact]
    public void ComposeServicesOutsideTheListsAreReported() =>
        Assert.Equal(
            ["3,12,3,29 someone/db:latest"],
            Hits("CL3016", "compose.yaml", FileKind.Compose, "services:\n  db:\n    image: someone/db:latest\n  ok:\n    image: postgres:16\n  env:\n    image: ${IMAGE}\n"));

    [Fact]
    public void AContainerBaseImageOutsideTheListsIsReported()
    {
        var hits = Hits("CL4013", "App.csproj", FileKind.MSBuild, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <ContainerBaseImage>docker.io/someone/aspnet:10.0</ContainerBaseImage>\n  </PropertyGroup>\n</Project>\n");
        // Reported on the property element, where every CL4xxx rule reports a property (the MSBuild task maps it to the file that sets it).
        Assert.Equal("3,5,3,75 <ContainerBaseImage>docker.io/someone/aspnet:10.0</ContainerBaseImage>", Assert.Single(hits));
    }

    [Fact]
    public void EveryRuleIsSilentWhenNeitherListIsSet()
    {
        var none = Configured("policy: all\n");
        Assert.False(none.AllowedImages.IsSet);
        Assert.Empty(Hits("CL1084", "Dockerfile", FileKind.Dockerfile, "FROM someone/x:1\n", none));
        Assert.Empty(Hits("CL2135", "pod.yaml", FileKind.Kubernetes, "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: someone/x:1\n", none));
        Assert.Empty(Hits("CL3016", "compose.yaml", FileKind.Compose, "services:\n  a:\n    image: someone/x:1\n", none));
        Assert.Empty(Hits("CL4013", "App.csproj", FileKind.MSBuild, "<Project><PropertyGroup><ContainerBaseImage>someone/x:1</ContainerBaseImage></PropertyGroup></Project>\n", none));
    }

    [Fact]
    public void RegistriesAloneAllowEveryImageOfThoseRegistries()
    {
        var registries = Configured("allowedRegistries: [mcr.microsoft.com]\n");
        Assert.Equal(["1,6,1,17 alpine:3.21"], Hits("CL1084", "Dockerfile", FileKind.Dockerfile, "FROM alpine:3.21\nFROM mcr.microsoft.com/dotnet/runtime:10.0\n", registries));
    }

    [Theory]
    [InlineData("allowedImages:\n  - mcr.microsoft.com/dotnet/*\n  - \"alpine 3\"\n", 3, 5, "image pattern holds only")]
    [InlineData("allowedImages:\n  - https://mcr.microsoft.com/dotnet/*\n", 2, 5, "no scheme")]
    [InlineData("allowedImages:\n  - \"\"\n", 2, 5, "empty image pattern")]
    [InlineData("allowedImages: mcr.microsoft.com\n", 1, 16, "expected a list")]
    [InlineData("allowedRegistries:\n  - ghcr.io/acme\n", 2, 5, "without a path")]
    [InlineData("allowedRegistries:\n  - [a]\n", 2, 5, "expected a string")]
    public void ABadEntryIsAPositionedConfigurationError(string yaml, int line, int column, string message)
    {
        var ex = Assert.Throws<ConfigurationException>(() => ConfigurationFile.Parse(yaml, "/repo/.containerlint.yaml", RuleCatalog.Default));
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.Contains(message, ex.Detail, StringComparison.Ordinal);
    }
}
