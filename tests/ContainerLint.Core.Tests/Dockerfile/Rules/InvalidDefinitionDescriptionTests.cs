namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Configuration;

/// <summary>
/// CL1082 InvalidDefinitionDescription (BuildKit's experimental check), on the cases of BuildKit's own integration test:
/// the last comment since the previous instruction must start with the stage name (lower case) or an ARG key.
/// </summary>
public sealed class InvalidDefinitionDescriptionTests
{
    [Theory]
    [InlineData("# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n# version this is the version number\nARG version=latest\n\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n# comment for something other than ARG or FROM\nCOPY Dockerfile .\n")]
    [InlineData("# bar this is the bar\n{|CL1082:ARG|} foo=bar\n# BasE this is the BasE image\n{|CL1082:FROM|} scratch AS base\n# definitely a bad comment\n{|CL1082:ARG|} version=latest\n# definitely a bad comment\n{|CL1082:ARG|} foo=baz bar=qux baz=quux\n")]
    // Blank lines do not separate a comment from the instruction in BuildKit's parser; an empty '#' line does.
    [InlineData("# a note about the image\n\n{|CL1082:FROM|} scratch AS base\n")]
    [InlineData("# a note about the image\n#\nFROM scratch AS base\n")]
    // FROM without a stage name, and a comment above that is a parser directive, say nothing.
    [InlineData("# syntax=docker/dockerfile:1\nFROM scratch\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1082", markup);

    [Fact]
    public void ItIsExperimentalSoOffByDefaultAndOnWithTheDirective()
    {
        const string text = "# compiles the server\nFROM golang:1.25 AS build\n";
        Assert.Empty(DockerfileRuleHarness.Hits("CL1082", text, LintConfiguration.Default));
        Assert.Equal(["CL1082@(3,1,3,5)"], DockerfileRuleHarness.Hits("CL1082", "# check=experimental=InvalidDefinitionDescription\n" + text, LintConfiguration.Default));
    }

    [Fact]
    public void MessageGivesTheExpectedFirstWord()
    {
        var messages = DockerfileRuleHarness.Findings("CL1082", "# compiles\nFROM golang:1.25 AS Build\n# version\nARG A=1 B=2\n").Select(f => f.Message).ToArray();
        Assert.Contains("does not start with the stage name 'build'; write '# build <description>'", messages[0], StringComparison.Ordinal);
        Assert.Contains("does not start with one of its argument names; write '# <arg_key> <description>'", messages[1], StringComparison.Ordinal);
    }
}
