namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1058 SensitiveDirectoryAsVolumeOrWorkdir: snippet -> expected findings with exact spans.</summary>
public sealed class SensitiveDirectoryAsVolumeOrWorkdirTests
{
    [Theory]
    [InlineData("FROM debian:12\nVOLUME /var/run/docker.sock\n", "CL1058@(2,8,2,28)")]
    [InlineData("FROM debian:12\nVOLUME [\"/data\", \"/proc\"]\n", "CL1058@(2,18,2,25)")]
    [InlineData("FROM debian:12\nWORKDIR /sys/fs\n", "CL1058@(2,9,2,16)")]
    [InlineData("FROM debian:12\nARG D=/dev\nVOLUME $D\n", "CL1058@(3,8,3,10)")]
    [InlineData("FROM debian:12\nWORKDIR /etc/nginx\nWORKDIR /\nVOLUME /data /var/lib/app\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1058", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
