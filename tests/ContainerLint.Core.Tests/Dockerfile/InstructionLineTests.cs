namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Dockerfile;

/// <summary>
/// <see cref="Instruction.Line"/> is not kept while parsing: it is copied from the file's segments when asked for. These
/// pin that copy against the assembled line BuildKit reads (continuations joined, escape and comment lines dropped).
/// </summary>
public sealed class InstructionLineTests
{
    [Theory]
    [InlineData("RUN apt-get update\n", "RUN apt-get update")]
    [InlineData("  run   echo hi  \n", "run   echo hi  ")]
    [InlineData("RUN a \\\n    && b\n", "RUN a     && b")]
    [InlineData("RUN a \\\n# a comment\n\n  b \\\n c\n", "RUN a   b  c")]
    [InlineData("RUN a \\\r\n b\r\n", "RUN a  b")]
    [InlineData("# escape=`\nRUN dir `\n  c:\\\n", "RUN dir   c:\\")]
    [InlineData("RUN --mount=type=cache,target=/x \\\n  make\n", "RUN --mount=type=cache,target=/x   make")]
    [InlineData("RUN \\\n\n", "RUN ")]
    public void LineIsTheAssembledLine(string text, string expected)
    {
        var instruction = DockerfileParser.Parse(text).Instructions[^1];

        Assert.Equal(expected, instruction.Line);
        Assert.Equal(instruction.Rest, instruction.Line.Substring(instruction.RestOffset, instruction.Rest.Length));
    }

    [Theory]
    [InlineData("FROM golang:1.22 AS build\n", "golang:1.22 AS build")]
    [InlineData("COPY --from=build \\\n  /src \\\n  /dst\n", "/src   /dst")]
    [InlineData("ENV A=1 \\\n# note\n    B=2  \n", "A=1     B=2")]
    [InlineData("COPY [\"a\", \\\n \"b\"]\n", "[\"a\",  \"b\"]")]
    [InlineData("RUN [\"sh\", \"-c\", \"x\"]\n", "[\"sh\", \"-c\", \"x\"]")]
    [InlineData("USER app\n", "app")]
    [InlineData("EXPOSE\n", "")]
    [InlineData("ONBUILD COPY \\\n a \\\n b\n", "COPY  a  b")]
    public void RestIsTheTextAfterKeywordAndFlags(string text, string expected)
    {
        var instruction = DockerfileParser.Parse(text).Instructions[^1];

        Assert.Equal(expected, instruction.Rest);
    }

    [Fact]
    public void ShellFormRestIsTheArgument()
    {
        var run = DockerfileParser.Parse("RUN a \\\n  b\n").Instructions[0];

        Assert.Equal("a   b", run.Rest);
        Assert.Same(run.Arguments[0].Value, run.Rest);
    }

    [Theory]
    [InlineData("ONBUILD RUN echo hi\n", "RUN echo hi")]
    [InlineData("ONBUILD \\\n  RUN a \\\n  b\n", "RUN a   b")]
    [InlineData("ONBUILD ONBUILD COPY \\\n a b\n", "COPY  a b")]
    public void OnBuildTriggerLineIsTheOuterRest(string text, string expected)
    {
        var outer = DockerfileParser.Parse(text).Instructions[^1];
        var trigger = outer.OnBuild!;
        while (trigger.OnBuild is { } inner) trigger = inner;

        Assert.Equal(expected, trigger.Line);
        Assert.Equal(trigger.Rest, trigger.Line.Substring(trigger.RestOffset, trigger.Rest.Length));
    }

    [Fact]
    public void EachInstructionKeepsOnlyItsOwnArgumentsAndPairs()
    {
        var instructions = DockerfileParser.Parse("ENV A=1 B=2\nONBUILD ENV C=3\nRUN x\nARG D\nEXPOSE\n").Instructions;

        Assert.Equal(["A", "1", "=", "B", "2", "="], instructions[0].Arguments.Select(a => a.Value));
        Assert.Equal(["A", "B"], instructions[0].KeyValues.Select(p => p.Key));
        Assert.Empty(instructions[1].Arguments);
        Assert.Empty(instructions[1].KeyValues);
        Assert.Equal(["C", "3", "="], instructions[1].OnBuild!.Arguments.Select(a => a.Value));
        Assert.Equal(["C"], instructions[1].OnBuild!.KeyValues.Select(p => p.Key));
        Assert.Equal(["x"], instructions[2].Arguments.Select(a => a.Value));
        Assert.Empty(instructions[2].KeyValues);
        Assert.Equal(["D"], instructions[3].KeyValues.Select(p => p.Key));
        Assert.Empty(instructions[4].Arguments);
    }
}
