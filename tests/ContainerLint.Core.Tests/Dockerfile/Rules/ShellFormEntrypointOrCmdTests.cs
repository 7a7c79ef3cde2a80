namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1059 ShellFormEntrypointOrCmd: snippet -> expected findings with exact spans.</summary>
public sealed class ShellFormEntrypointOrCmdTests
{
    [Theory]
    [InlineData("FROM node:22\nCMD {|CL1059:node server.js|}\n")]
    [InlineData("FROM node:22\nCMD [\"node\", \"server.js\"]\n")]
    [InlineData("FROM node:22\nENTRYPOINT exec node server.js\n")]
    [InlineData("FROM node:22 AS b\nCMD node build.js\nFROM node:22\nCMD [\"node\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nCMD Write-Host hi\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1059", markup);

    [Theory]
    [InlineData("FROM node:22\nCMD node server.js --port 8080\n", "[\"node\", \"server.js\", \"--port\", \"8080\"]")]
    [InlineData("FROM node:22\nCMD node $APP\n", null)]
    [InlineData("FROM nginx:1.27\nCMD nginx -g 'daemon off;'\n", null)]
    public void TheFixWritesJsonFormOnlyWhenTheCommandSplitsTrivially(string dockerfile, string? replacement)
    {
        var finding = DockerfileRuleHarness.Findings("CL1059", dockerfile).Single();
        Assert.Equal(replacement, finding.Fix?.Edits.Single().Replacement);
    }
}
