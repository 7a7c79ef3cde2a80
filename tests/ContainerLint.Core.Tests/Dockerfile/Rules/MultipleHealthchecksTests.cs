namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1055 MultipleHealthchecks: snippet -> expected findings with exact spans.</summary>
public sealed class MultipleHealthchecksTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\n{|CL1055:HEALTHCHECK|} CMD a\nHEALTHCHECK CMD b\n")]
    [InlineData("FROM nginx:1.27 AS a\nHEALTHCHECK CMD a\nFROM nginx:1.27\nHEALTHCHECK CMD b\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1055", markup);
}
