namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Configuration;

/// <summary>CL1023 UntrustedBaseImageRegistry: FROM and COPY --from images against trustedRegistries.</summary>
public sealed class UntrustedBaseImageRegistryTests
{
    private static readonly LintConfiguration Trusted = LintConfiguration.Default with { Policy = Policies.All, TrustedRegistries = ["mcr.microsoft.com", "docker.io/library"] };

    [Theory]
    [InlineData("FROM docker.io/someone/tool:1.0\nCOPY --from=ghcr.io/acme/x:1 /a /b\n", new[] { "CL1023@(1,6,1,32)", "CL1023@(2,13,2,29)" })]
    [InlineData("FROM nginx:1.27\nCOPY --from=mcr.microsoft.com/dotnet/aspnet:10.0 /a /b\n", new string[] { })]
    [InlineData("FROM nginx:1.27 AS build\nFROM build\nCOPY --from=build /a /b\n", new string[] { })]
    [InlineData("ARG REG=quay.io\nFROM ${REG}/x/y:1\n", new[] { "CL1023@(2,6,2,18)" })]
    [InlineData("FROM ${UNKNOWN}/x/y:1\n", new string[] { })]
    [InlineData("FROM mcr.microsoft.com.evil.io/dotnet/aspnet:10.0\n", new[] { "CL1023@(1,6,1,50)" })]
    public void ReportsImagesOutsideTheTrustedRegistries(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1023", dockerfile, Trusted));

    [Fact]
    public void IsSilentWithoutConfiguredRegistries() =>
        Assert.Empty(DockerfileRuleHarness.Hits("CL1023", "FROM docker.io/someone/tool:1.0\n"));
}
