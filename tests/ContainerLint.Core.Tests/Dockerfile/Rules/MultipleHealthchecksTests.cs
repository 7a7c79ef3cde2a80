namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1055 MultipleHealthchecks: snippet -> expected findings with exact spans.</summary>
public sealed class MultipleHealthchecksTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b\n", "CL1055@(2,1,2,12)")]
    [InlineData("FROM nginx:1.27 AS a\nHEALTHCHECK CMD a\nFROM nginx:1.27\nHEALTHCHECK CMD b\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1055", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
