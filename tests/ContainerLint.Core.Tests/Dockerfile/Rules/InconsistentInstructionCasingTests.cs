namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Configuration;

/// <summary>CL1076 InconsistentInstructionCasing: BuildKit's ConsistentInstructionCasing and FromAsCasing, with exact spans.</summary>
public sealed class InconsistentInstructionCasingTests
{
    [Theory]
    [InlineData("FROM alpine:3.21 {|CL1076:as|} base\nRUN x\n{|CL1076:run|} y\n")]
    [InlineData("from alpine:3.21 as base\nrun x\n")]
    [InlineData("FROM alpine:3.21 AS base\nRUN x\n")]
    // A tie goes to upper case; mixed-case keywords never vote and are always reported.
    [InlineData("FROM alpine:3.21\n{|CL1076:run|} x\n{|CL1076:Copy|} a b\n")]
    [InlineData("FROM alpine:3.21\n{|CL1076:Run|} x\n{|CL1076:Run|} y\n")]
    // Two mixed, one lower: lower case is the strict majority of the self-consistent keywords.
    [InlineData("from alpine:3.21\n{|CL1076:Run|} x\n{|CL1076:Run|} y\n")]
    // Global ARGs before the first FROM are not keywords of a stage to BuildKit; ONBUILD triggers are not either.
    [InlineData("arg TAG=3.21\nFROM alpine:${TAG}\nRUN x\nONBUILD run y\n")]
    // FromAsCasing judges AS only against a FROM in one case; a mixed FROM is ConsistentInstructionCasing's.
    [InlineData("FROM alpine:3.21 AS base\n{|CL1076:From|} base as final\n")]
    [InlineData("from alpine:3.21 {|CL1076:AS|} base\nrun x\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1076", markup);

    [Fact]
    public void IsOnByDefaultAsInBuildKit()
    {
        var hits = DockerfileRuleHarness.Hits("CL1076", "FROM alpine:3.21 as base\nRUN x\n", LintConfiguration.Default);
        Assert.Equal(["CL1076@(1,18,1,20)"], hits);
    }

    [Fact]
    public void MessagesSayWhatTheKeywordIsComparedWith()
    {
        var messages = DockerfileRuleHarness.Findings("CL1076", "from alpine:3.21 AS base\nrun x\nRun y\n").Select(f => f.Message).ToArray();
        Assert.Equal(
        [
            "'AS' is cased unlike its 'from'; write 'as'.",
            "'Run' is cased unlike the file's other instructions (most are lower case); write 'run'.",
        ], messages);
    }
}
