namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1075 WorldWritablePermissions: snippet -> expected findings with exact spans.</summary>
public sealed class WorldWritablePermissionsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN mkdir /data && chmod 777 /data\n", "CL1075@(2,26,2,29)")]
    [InlineData("FROM debian:12\nRUN chmod -R o+w /srv && chmod a+rwx /x\n", "CL1075@(2,14,2,17) CL1075@(2,32,2,37)")]
    [InlineData("FROM debian:12\nRUN chmod 1777 /tmp && chmod 755 /app && chmod +x /e.sh && chmod 3777 /var/run/postgresql\n", "")]
    [InlineData("FROM debian:12\nCOPY --chmod=777 app /app\nCOPY --chmod=755 a /b\n", "CL1075@(2,14,2,17)")]
    [InlineData("FROM debian:12\nRUN umask 000 && umask 022\n", "CL1075@(2,11,2,14)")]
    [InlineData("FROM debian:12\nRUN install -m 0777 -d /x\n", "CL1075@(2,16,2,20)")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1075", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
