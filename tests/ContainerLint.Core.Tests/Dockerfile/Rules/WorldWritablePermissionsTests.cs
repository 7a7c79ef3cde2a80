namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1075 WorldWritablePermissions: snippet -> expected findings with exact spans.</summary>
public sealed class WorldWritablePermissionsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN mkdir /data && chmod {|CL1075:777|} /data\n")]
    [InlineData("FROM debian:12\nRUN chmod -R {|CL1075:o+w|} /srv && chmod {|CL1075:a+rwx|} /x\n")]
    [InlineData("FROM debian:12\nRUN chmod 1777 /tmp && chmod 755 /app && chmod +x /e.sh && chmod 3777 /var/run/postgresql\n")]
    [InlineData("FROM debian:12\nCOPY --chmod={|CL1075:777|} app /app\nCOPY --chmod=755 a /b\n")]
    [InlineData("FROM debian:12\nRUN umask {|CL1075:000|} && umask 022\n")]
    [InlineData("FROM debian:12\nRUN install -m {|CL1075:0777|} -d /x\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1075", markup);
}
