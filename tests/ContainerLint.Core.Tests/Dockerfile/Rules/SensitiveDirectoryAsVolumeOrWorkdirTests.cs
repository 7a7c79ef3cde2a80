namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1058 SensitiveDirectoryAsVolumeOrWorkdir: snippet -> expected findings with exact spans.</summary>
public sealed class SensitiveDirectoryAsVolumeOrWorkdirTests
{
    [Theory]
    [InlineData("FROM debian:12\nVOLUME {|CL1058:/var/run/docker.sock|}\n")]
    [InlineData("FROM debian:12\nVOLUME [\"/data\", {|CL1058:\"/proc\"|}]\n")]
    [InlineData("FROM debian:12\nWORKDIR {|CL1058:/sys/fs|}\n")]
    [InlineData("FROM debian:12\nARG D=/dev\nVOLUME {|CL1058:$D|}\n")]
    [InlineData("FROM debian:12\nWORKDIR /etc/nginx\nWORKDIR /\nVOLUME /data /var/lib/app\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1058", markup);
}
