namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Images;

/// <summary>
/// Issue #13: the false findings a second read of every Dockerfile error and warning on the real-world corpus found
/// (docs/precision.md), each as the class the real file showed, with the true finding next to it.
/// </summary>
public sealed class SecondReviewPrecisionTests
{
    // StefanScherer/dockerfiles-windows: community Windows images name themselves *-windows.
    [Theory]
    [InlineData("stefanscherer/node-windows:10", true)]
    [InlineData("stefanscherer/golang-windows:1.12", true)]
    [InlineData("microsoft/wcf:4.6.2", true)]
    [InlineData("dockcross/windows-static-x64:latest", false)]
    [InlineData("node:22-bookworm", false)]
    public void WindowsImagesAreRecognisedByName(string image, bool windows) => Assert.Equal(windows, ImageDefaults.IsWindows(image));

    [Fact]
    public void AWindowsImageWithoutUserIsReportedAsTheWindowsAdministrator()
    {
        var finding = Assert.Single(DockerfileRuleHarness.Findings("CL1010", "FROM stefanscherer/node-windows:10\nCOPY app.js C:/app/\nCMD [\"node\", \"C:/app/app.js\"]\n"));
        Assert.Contains("ContainerAdministrator", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("10001", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NanoServerInsiderRunsAsContainerUser() =>
        DockerfileRuleHarness.Verify("CL1010", "FROM mcr.microsoft.com/nanoserver-insider:10.0.17744.1001\nCOPY docker.exe C:/docker.exe\nENTRYPOINT [\"C:/docker.exe\"]\n");

    // microsoft/dotnet-framework-docker-samples wcfapp: a Windows image has no privileged ports.
    [Fact]
    public void APrivilegedPortOnAWindowsImageIsNotReported() =>
        DockerfileRuleHarness.Verify("CL1053", "FROM microsoft/wcf:4.6.2\nEXPOSE 80\nCOPY app C:/app\n");

    // moby/buildkit: FROM buildkit-$TARGETOS${BUILDKIT_DEBUG:+-debug}: an empty BUILDKIT_DEBUG still names an image.
    [Theory]
    [InlineData("ARG DEBUG\nFROM alpine AS base\nFROM base${DEBUG:+-debug}\n")]
    [InlineData("ARG FLAVOR\nFROM alpine:${FLAVOR:-3.22}\n")]
    [InlineData("ARG TAG\nFROM {|CL1026:alpine:${TAG}|}\n")]
    [InlineData("ARG TAG\nFROM {|CL1026:alpine${TAG:+:}${TAG}|}\n")]
    [InlineData("ARG TAG\nFROM {|CL1026:alpine:${TAG:-}|}\n")]
    public void AnArgThatOnlyAddsASuffixNeedsNoDefault(string markup) => DockerfileRuleHarness.Verify("CL1026", markup);

    // jupyter/docker-stacks pytorch-notebook: two vendor indexes, no public one to shadow them.
    [Theory]
    [InlineData("FROM python:3.13\nRUN pip install --no-cache-dir --extra-index-url=https://pypi.nvidia.com --index-url 'https://download.pytorch.org/whl/cu128' torch==2.8.0\n")]
    [InlineData("FROM python:3.13\nRUN pip install --no-cache-dir {|CL1049:--extra-index-url|} https://pkgs.example.com/simple app==1.0\n")]
    [InlineData("FROM python:3.13\nRUN pip install --no-cache-dir -i https://pkgs.example.com/simple {|CL1049:--extra-index-url|} https://pypi.org/simple app==1.0\n")]
    public void AnExtraIndexIsReportedOnlyWhenThePublicIndexIsOneOfThem(string markup) => DockerfileRuleHarness.Verify("CL1049", markup);

    // docker-library/haproxy and rabbitmq: apt-get dist-clean removes the package lists.
    [Theory]
    [InlineData("FROM debian:trixie\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates=20250419 && apt-get dist-clean\nUSER 10001\n")]
    [InlineData("FROM debian:trixie\nRUN apt-get update && {|CL1042:apt-get install|} -y --no-install-recommends ca-certificates=20250419 && apt-get clean\nUSER 10001\n")]
    public void AptGetDistCleanCleansTheCache(string markup) => DockerfileRuleHarness.Verify("CL1042", markup);

    // moby/buildkit generated-files, tektoncd: go install takes go.mod's version when none is given.
    [Theory]
    [InlineData("FROM golang:1.25\nRUN go install github.com/example/tool/cmd/tool\n")]
    [InlineData("FROM golang:1.25\nRUN go install github.com/example/tool/cmd/tool@v1.4.2\n")]
    [InlineData("FROM golang:1.25\nRUN go install {|CL1048:github.com/example/tool/cmd/tool@latest|}\n")]
    [InlineData("FROM golang:1.25\nRUN go install {|CL1048:github.com/example/tool/cmd/tool@main|}\n")]
    public void GoInstallIsUnpinnedOnlyWithAFloatingQuery(string markup) => DockerfileRuleHarness.Verify("CL1048", markup);

    // GoogleCloudPlatform/cloud-builders-community terragrunt, StefanScherer mongo and node: checked in the next RUN.
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN wget -O /tmp/tool https://example.com/tool-1.0\nRUN echo \"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef  /tmp/tool\" | sha256sum -c -\n")]
    [InlineData("FROM alpine:3.22\nRUN wget -O /tmp/SHASUMS256.txt.asc https://nodejs.org/dist/v22.0.0/SHASUMS256.txt.asc\nRUN gpg --batch --decrypt --output /tmp/SHASUMS256.txt /tmp/SHASUMS256.txt.asc\n")]
    [InlineData("FROM alpine:3.22\nRUN wget -O /tmp/tool {|CL1033:https://example.com/tool-1.0|}\nRUN chmod +x /tmp/tool\n")]
    [InlineData("FROM alpine:3.22 AS a\nRUN wget -O /tmp/tool {|CL1033:https://example.com/tool-1.0|}\nFROM alpine:3.22\nRUN echo \"x  /tmp/tool\" | sha256sum -c -\n")]
    public void ADownloadCheckedByALaterRunOfTheStageIsVerified(string markup) => DockerfileRuleHarness.Verify("CL1033", markup);

    // moby/buildkit: COPY --from=binaries / where binaries is FROM binaries-$TARGETOS and each binaries-* is FROM scratch.
    [Theory]
    [InlineData("FROM scratch AS out-linux\nCOPY a /a\nFROM scratch AS out-darwin\nCOPY b /b\nFROM out-$TARGETOS AS out\nCOPY c /c\nFROM alpine:3.22\nCOPY --from=out / /usr/bin/\n")]
    [InlineData("FROM alpine:3.22 AS out-linux\nFROM scratch AS out-darwin\nFROM out-$TARGETOS AS out\nCOPY c /c\nFROM alpine:3.22\nCOPY --from=out {|CL1045:/|} /usr/bin/\n")]
    public void AStageChosenByVariableAmongScratchStagesHoldsNoFilesystem(string markup) => DockerfileRuleHarness.Verify("CL1045", markup);

    // Windows images and bash-as-sh images: no /bin/sh as PID 1 that swallows SIGTERM.
    [Theory]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app.exe C:/app/\nCMD C:\\app\\app.exe\n")]
    [InlineData("FROM registry.access.redhat.com/ubi8/nodejs-12\nCOPY . .\nCMD npm run $NODE_ENV\n")]
    [InlineData("FROM registry.access.redhat.com/ubi8/nodejs-12\nCOPY . .\nCMD {|CL1059:npm ci && npm start|}\n")]
    [InlineData("FROM node:22-bookworm\nCOPY . .\nCMD {|CL1059:npm start|}\n")]
    public void ShellFormIsReportedWhereAShellStaysPid1(string markup) => DockerfileRuleHarness.Verify("CL1059", markup);
}
