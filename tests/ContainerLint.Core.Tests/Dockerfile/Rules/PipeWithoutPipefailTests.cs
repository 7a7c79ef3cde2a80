namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1060 PipeWithoutPipefail: snippet -> expected findings with exact spans.</summary>
public sealed class PipeWithoutPipefailTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://e.x/a.tgz {|CL1060:||} tar -xz\n")]
    [InlineData("FROM debian:12\nRUN set -o pipefail && curl -fsSL https://e.x/a.tgz | tar -xz\n")]
    [InlineData("FROM debian:12\nRUN set -euxo pipefail; curl -fsSL https://e.x/a.tgz | tar -xz\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://e.x/a.tgz | tar -xz\n")]
    [InlineData("FROM debian:12\nRUN echo \"$SHA  file\" | sha256sum -c -\n")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\", \"curl x {|CL1060:||} tar -x\"]\n")]
    [InlineData("FROM debian:12\nRUN [\"bash\", \"-o\", \"pipefail\", \"-c\", \"curl x | tar -x\"]\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash\nset -o pipefail\ncurl x | tar -x\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\n#!/bin/bash\ncurl x {|CL1060:||} tar -x\nEOF\n")]
    [InlineData("FROM debian:12\nRUN <<EOF python3\nimport os; print(1 | 2)\nEOF\n")]
    [InlineData("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN Get-ChildItem | Select-Object Name\n")]
    [InlineData("FROM debian:12\nRUN wget -qO- https://e.x/a \\\n  {|CL1060:||} tar -x\n")]
    [InlineData("# escape=`\nFROM debian:12\nRUN wget -qO- https://e.x/a `\n  {|CL1060:||} tar -x\n")]
    [InlineData("FROM debian:12\nrun curl -fsSL https://e.x/a.tgz {|CL1060:||} tar -xz\n")]
    [InlineData("FROM debian:12\n# containerlint ignore=CL1060 -- checksum verified below\nRUN curl -fsSL https://e.x/a.tgz | tar -xz\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1060", markup);
}
