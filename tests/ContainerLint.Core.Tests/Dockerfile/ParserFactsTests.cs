namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Model;

/// <summary>The facts of BuildKit's other parser tests (SOURCE.md), table-driven.</summary>
public sealed class ParserFactsTests
{
    [Theory]
    [InlineData("foo", new[] { "foo" })]
    [InlineData("foo bar", new[] { "foo", "bar" })]
    [InlineData("foo\\ bar", new[] { "foo\\ bar" })]
    [InlineData("foo=bar", new[] { "foo=bar" })]
    [InlineData("foo bar 'abc xyz'", new[] { "foo", "bar", "'abc xyz'" })]
    [InlineData("foo bar \"abc xyz\"", new[] { "foo", "bar", "\"abc xyz\"" })]
    [InlineData("àöû", new[] { "àöû" })]
    [InlineData("föo bàr \"âbc xÿz\"", new[] { "föo", "bàr", "\"âbc xÿz\"" })]
    [InlineData("a ''", new[] { "a", "''" })]
    [InlineData("a\\", new[] { "a" })]
    public void WordsSplitLikeBuildKit(string input, string[] expected)
    {
        Assert.Equal(expected, WordSplitter.Split(input, '\\').Select(w => w.Text));
    }

    [Theory]
    [InlineData("CMD []", "(cmd)")]
    [InlineData("CMD [\"\"]", "(cmd \"\")")]
    [InlineData("CMD [\"a\",\"b\"]", "(cmd \"a\" \"b\")")]
    [InlineData("CMD [ \"a\", \"b\" ]", "(cmd \"a\" \"b\")")]
    [InlineData("CMD [\t\"a\",\t\"b\"\t]", "(cmd \"a\" \"b\")")]
    [InlineData("CMD [\"\\/\", \"\\u0000\", \"\\b\\f\\n\\r\\t\"]", "(cmd \"/\" \"\\x00\" \"\\b\\f\\n\\r\\t\")")]
    [InlineData("CMD [\"♥\", \"☃\"]", "(cmd \"♥\" \"☃\")")]
    [InlineData("CMD [\"a\"] trailing", "(cmd \"[\\\"a\\\"] trailing\")")]
    [InlineData("COPY ['a', 'b']", "(copy \"['a',\" \"'b']\")")]
    [InlineData("RUN [\"a\", ", "(run \"[\\\"a\\\",\")")]
    public void JsonFormIsDecodedOrFallsBack(string line, string expected)
    {
        var result = DockerfileParser.Parse(line);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(expected, DockerfileDumper.DumpInstruction(result.Instructions[0]));
    }

    [Theory]
    [InlineData("CMD [\"a\", 1]", 1, 11, 1, 12)]
    [InlineData("CMD [\"a\", 1.5]", 1, 11, 1, 14)]
    [InlineData("CMD [\"a\", {\"k\": [1]}]", 1, 11, 1, 21)]
    [InlineData("CMD [\"a\", [\"nested\"]]", 1, 11, 1, 21)]
    [InlineData("CMD [true]", 1, 6, 1, 10)]
    [InlineData("CMD [false]", 1, 6, 1, 11)]
    [InlineData("ENTRYPOINT [null]", 1, 13, 1, 17)]
    [InlineData("FROM a\nRUN [\"x\", \\\n  42]", 3, 3, 3, 5)]
    public void NonStringJsonElementIsAnErrorAtTheElement(string text, int line, int col, int endLine, int endCol)
    {
        var error = DockerfileParser.Parse(text).Error;
        Assert.NotNull(error);
        Assert.Equal("CL0002", error.Id);
        Assert.Equal(new SourceSpan(line, col, endLine, endCol), error.Span);
    }

    [Theory]
    [InlineData("<<EOF", "EOF", true, false, null)]
    [InlineData("<<'EOF'", "EOF", false, false, null)]
    [InlineData("<<\"EOF\"", "EOF", false, false, null)]
    [InlineData("<<-EOF", "EOF", true, true, null)]
    [InlineData("<<-'EOF'", "EOF", false, true, null)]
    [InlineData("<<-\"EOF\"", "EOF", false, true, null)]
    [InlineData("<<EO\"F\"", "EOF", false, false, null)]
    [InlineData("<< EOF", "EOF", true, false, null)]
    [InlineData("<<- EOF", "EOF", true, true, null)]
    [InlineData("4<<EOF", "EOF", true, false, 4)]
    [InlineData("12<<-EOF", "EOF", true, true, 12)]
    [InlineData("<<--EOF", "-EOF", true, true, null)]
    [InlineData("<<'NOEXPAND'", "NOEXPAND", false, false, null)]
    [InlineData("<<eo'f'", "eof", false, false, null)]
    [InlineData("<<'e'o\\'f", "eo'f", false, false, null)]
    [InlineData("<<'one two'", "one two", false, false, null)]
    [InlineData("<<eo\\'f", "eo'f", true, false, null)]
    [InlineData("<<$EOF", "$EOF", true, false, null)]
    [InlineData("\u0661<<EOF", "EOF", true, false, null)] // a digit to char.IsDigit, not a number to int.Parse
    public void HeredocMarkersAreRecognised(string word, string name, bool expand, bool chomp, int? fd)
    {
        var info = HeredocMarker.TryParse(word, out var error);
        Assert.Null(error);
        Assert.Equal(new HeredocMarker.Info(name, expand, chomp, fd), info);
    }

    [Theory]
    [InlineData("")]
    [InlineData("EOF")]
    [InlineData("<<")]
    [InlineData("<<-")]
    [InlineData("<EOF")]
    [InlineData("<<<EOF")]
    [InlineData("<<EOF sh")]
    [InlineData("a<<EOF")]
    [InlineData("4<<-EOF<")]
    public void NonMarkersAreNotHeredocs(string word)
    {
        Assert.Null(HeredocMarker.TryParse(word, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("<<'EOF")]
    [InlineData("<<\"EOF")]
    [InlineData("<<EOF'")]
    [InlineData("<<EOF\"")]
    public void UnbalancedQuotesInAMarkerAreErrors(string word)
    {
        Assert.Null(HeredocMarker.TryParse(word, out var error));
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("RUN << -EOF\nx\n-EOF\n", new[] { "-EOF" })]
    [InlineData("RUN 4<<EOF\nx\nEOF\n", new[] { "EOF" })]
    [InlineData("RUN <<EOF <<EOF2\na\nEOF\nb\nEOF2\n", new[] { "EOF", "EOF2" })]
    [InlineData("RUN '<<EOF'\n", new string[0])]
    [InlineData("RUN \"<<EOF\"\n", new string[0])]
    [InlineData("RUN [\"<<EOF\"]\n", new string[0])]
    [InlineData("RUN --mount=type=cache,target=/foo <<MOUNT\nx\nMOUNT\n", new[] { "MOUNT" })]
    [InlineData("RUN <<COMPLEX python3\nprint(1)\nCOMPLEX\n", new[] { "COMPLEX" })]
    [InlineData("RUN <<  EOF  > foo\nx\nEOF\n", new[] { "EOF" })]
    [InlineData("ONBUILD RUN <<EOF\nx\nEOF\n", new[] { "EOF" })]
    [InlineData("ONBUILD COPY <<EOF /x\nx\nEOF\n", new[] { "EOF" })]
    public void HeredocNamesFromWholeLines(string text, string[] names)
    {
        var result = DockerfileParser.Parse("FROM a\n" + text);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(2, result.Instructions.Count);
        Assert.Equal(names, result.Instructions[1].Heredocs.Select(h => h.Name));
    }

    [Fact]
    public void HeredocBodiesAreRawAndEachTerminatorCountsOnlyForItsOwnHeredoc()
    {
        var result = DockerfileParser.Parse("FROM a\nCOPY <<X <<Y /dest\nY\nX\nX\nY\nRUN <<-EOT\n\tbaz\n\tquux\n\tEOT\nRUN <<E\n# internal comment\n\"q\"\nE\nRUN <<EMPTY\nEMPTY\n");
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("(copy \"<<X\" \"<<Y\" \"/dest\")", DockerfileDumper.DumpInstruction(result.Instructions[1]));
        Assert.Equal(["Y\n", "X\n"], result.Instructions[1].Heredocs.Select(h => h.Content));
        var chomped = Assert.Single(result.Instructions[2].Heredocs);
        Assert.Equal("\tbaz\n\tquux\n", chomped.Content);
        Assert.Equal("baz\nquux\n", chomped.ChompedContent);
        Assert.Equal("# internal comment\n\"q\"\n", result.Instructions[3].Heredocs[0].Content);
        Assert.Equal(string.Empty, result.Instructions[4].Heredocs[0].Content);
        Assert.Equal(5, result.Instructions.Count);
        Assert.DoesNotContain(result.Comments, c => c.Text == "internal comment");
    }

    [Fact]
    public void UserIsNotAHeredocInstructionSoItsTerminatorBecomesAnUnknownInstruction()
    {
        var result = DockerfileParser.Parse("FROM a\nUSER <<INVALID\nINVALID\n");
        Assert.True(result.Succeeded);
        Assert.Equal("(user \"<<INVALID\")\n(invalid \"\")", DockerfileDumper.Dump(result.Instructions).TrimEnd('\n').Replace("(from \"a\")\n", string.Empty));
        var unknown = Assert.Single(result.Diagnostics);
        Assert.Equal("CL0003", unknown.Id);
        Assert.Equal(new SourceSpan(3, 1, 3, 8), unknown.Span);
    }

    [Theory]
    [InlineData("FROM a\nRUN <<EOF\necho hi\n", "CL0010", 2, 5, 2, 10)]
    [InlineData("FROM a\nRUN cat <<-'END' > x\n\techo\n", "CL0010", 2, 9, 2, 17)]
    [InlineData("FROM a\nRUN <<A <<B\nA\nno B here\n", "CL0010", 2, 9, 2, 12)]
    [InlineData("FROM a\nENV PATH", "CL0002", 2, 5, 2, 9)]
    [InlineData("FROM a\nENV a=1 b c=2", "CL0002", 2, 9, 2, 10)]
    [InlineData("# escape=x\nFROM a", "CL0002", 1, 10, 1, 11)]
    [InlineData("# syntax=a\n# SYNTAX=b\nFROM a", "CL0002", 2, 10, 2, 11)]
    [InlineData("", "CL0002", 1, 1, 1, 1)]
    [InlineData("# only\n\n# comments\n", "CL0002", 1, 1, 1, 1)]
    public void FatalErrorsCarryTheirPosition(string text, string id, int line, int col, int endLine, int endCol)
    {
        var error = DockerfileParser.Parse(text).Error;
        Assert.NotNull(error);
        Assert.Equal(id, error.Id);
        Assert.Equal(new SourceSpan(line, col, endLine, endCol), error.Span);
    }

    [Fact]
    public void DirectivesStopAtTheFirstOtherLineAndAreCaseInsensitive()
    {
        var r = DockerfileParser.Parse("#escape=\\\n# key = FOO bar\n# syntax=x\nFROM a\n");
        Assert.Equal([("escape", "\\")], r.Directives.Select(d => (d.Name, d.Value)));
        r = DockerfileParser.Parse("# EScape=`\n# syntax = docker/dockerfile:1 \n#check = skip=all // opts\nFROM a\nRUN a `\n  b\n");
        Assert.Equal([("escape", "`"), ("syntax", "docker/dockerfile:1"), ("check", "skip=all // opts")], r.Directives.Select(d => (d.Name, d.Value)));
        Assert.Equal('`', r.EscapeChar);
        Assert.Equal("(run \"a   b\")", DockerfileDumper.DumpInstruction(r.Instructions[1]));
        Assert.Equal(new SourceSpan(2, 12, 2, 31), r.Directives[1].ValueSpan);
        r = DockerfileParser.Parse("\n# escape=`\nFROM a\n");
        Assert.Empty(r.Directives);
        Assert.Equal('\\', r.EscapeChar);
    }

    [Fact]
    public void DirectivesAreMatchedOnTheirOwnLineOnly()
    {
        // The value ends with its line (the next line's text is no part of it), also when the line is indented.
        var r = DockerfileParser.Parse("  #  syntax = a b \t\r\n\t# check=error=true\nFROM a\n");
        Assert.Equal([("syntax", "a b"), ("check", "error=true")], r.Directives.Select(d => (d.Name, d.Value)));
        Assert.Equal(new SourceSpan(1, 15, 1, 18), r.Directives[0].ValueSpan);
        Assert.Equal(new SourceSpan(1, 3, 1, 20), r.Directives[0].Span);
        Assert.Equal(new SourceSpan(2, 10, 2, 20), r.Directives[1].ValueSpan);

        r = DockerfileParser.Parse("# syntax=a\n  #  SYNTAX=b\nFROM a\n");
        Assert.False(r.Succeeded);
        Assert.Equal("only one syntax parser directive can be used", r.Error!.Message);
        Assert.Equal(new SourceSpan(2, 13, 2, 14), r.Error.Span);
    }

    [Fact]
    public void EmptyContinuationLinesWarnOncePerInstruction()
    {
        var text = "FROM a\nRUN something \\\n\n    following \\\n\n    more\n\nRUN another \\\n\n    thing\nRUN z \\\n# comment\n  # indented comment\n  y\n";
        var r = DockerfileParser.Parse(text);
        Assert.True(r.Succeeded);
        Assert.Equal([3, 9], r.Diagnostics.Where(d => d.Id == "CL0004").Select(d => d.Span.Line));
        Assert.Contains("RUN something     following     more", r.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.All(r.Diagnostics, d => Assert.False(d.IsError));
    }

    [Fact]
    public void ALineOf65536BytesIsAnErrorAndOneByteLessIsNot()
    {
        var ok = DockerfileParser.Parse("FROM a\nLABEL x=" + new string('a', 65535 - 8) + "\n");
        Assert.True(ok.Succeeded, ok.Error?.Message);
        var bad = DockerfileParser.Parse("FROM a\nLABEL x=" + new string('a', 65536 - 8) + "\n");
        Assert.Equal("dockerfile line greater than max allowed size of 65535", bad.Error!.Message);
        Assert.Equal(SourceSpan.Point(2, 65536), bad.Error.Span);
        var multiByte = DockerfileParser.Parse("FROM a\nLABEL x=" + new string('é', 40000) + "\n");
        Assert.Equal(2, multiByte.Error!.Span.Line);
    }

    [Theory]
    [InlineData("FROM a\r\nRUN x \\\r\n  y\r\n", "(from \"a\")\n(run \"x   y\")\n")]
    [InlineData("\uFEFFFROM a\n", "(from \"a\")\n")]
    [InlineData("from a\nrun x\ncOpY --From=b s d\n", "(from \"a\")\n(run \"x\")\n(copy [\"--From=b\"] \"s\" \"d\")\n")]
    [InlineData("ARG V=1\nFROM a:${V}\n", "(arg \"V=1\")\n(from \"a:${V}\")\n")]
    [InlineData("FROM a\nONBUILD ONBUILD RUN x\n", "(from \"a\")\n(onbuild (onbuild (run \"x\")))\n")]
    [InlineData("FROM a\nCOPY --chown=\"a b\" --chmod=7\\55 x y\n", "(from \"a\")\n(copy [\"--chown=a b\" \"--chmod=755\"] \"x\" \"y\")\n")]
    [InlineData("FROM a\nFOO bar\n", "(from \"a\")\n(foo \"\")\n")]
    [InlineData("FROM a\nRUN a\\\\\nRUN b\n", "(from \"a\")\n(run \"a\\\\\\\\\")\n(run \"b\")\n")]
    public void LineEndingsBomCaseAndOddFormsDumpLikeBuildKit(string text, string expected)
    {
        var r = DockerfileParser.Parse(text);
        Assert.True(r.Succeeded, r.Error?.Message);
        Assert.Equal(expected, DockerfileDumper.Dump(r.Instructions));
    }

    [Fact]
    public void OnbuildNestingIsCapped()
    {
        var text = "FROM a\n" + string.Concat(Enumerable.Repeat("ONBUILD ", 5000)) + "RUN x\n";
        var error = DockerfileParser.Parse(text).Error;
        Assert.Equal("CL0011", error!.Id);
        Assert.Equal(2, error.Span.Line);
    }

    [Theory]
    [InlineData("\"a\\x\"", "\"\\\"a\\\\x\\\"\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("\u0007\u007f\u0085\u00a0\u200b", "\"\\a\\x7f\\u0085\\u00a0\\u200b\"")]
    [InlineData("♥ é 😀", "\"♥ é 😀\"")]
    public void GoQuoteMatchesStrconvQuote(string input, string expected)
    {
        Assert.Equal(expected, GoQuote.Quote(input));
    }

    [Fact]
    public void PrecedingCommentsAreBuildKitsPrevComment()
    {
        // Directives are left out, an empty '#' starts over, blank lines and comments inside a continuation do not count.
        const string text = "# syntax=docker/dockerfile:1\n# check=skip=all\n# first\n\nFROM scratch AS base\n# dropped\n#\n# kept\n\nRUN a \\\n# inside\n  b\nRUN c\n";
        var instructions = DockerfileParser.Parse(text).Instructions;
        Assert.Equal(["first"], instructions[0].PrecedingComments);
        Assert.Equal(["kept"], instructions[1].PrecedingComments);
        Assert.Empty(instructions[2].PrecedingComments);
    }

    [Fact]
    public void CommentTextsAndPrecedingRunsAreReadFromTheFile()
    {
        // A comment of blanks only starts the run over like an empty '#'; a comment inside a continuation belongs to no run.
        const string text = "# escape=\\\n#  one  \n#   \t\n# two\r\n  #three\t\nFROM a\nRUN x \\\n # mid\n  y\n# four\n# five\nUSER u\n";
        var result = DockerfileParser.Parse(text);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(["escape=\\", "one", string.Empty, "two", "three", "mid", "four", "five"], result.Comments.Select(c => c.Text));
        Assert.Equal([true, false, false, false, false, false, false, false], result.Comments.Select(c => c.IsDirective));
        Assert.Equal(new SourceSpan(4, 1, 4, 6), result.Comments[3].Span);
        Assert.Equal(new SourceSpan(5, 3, 5, 10), result.Comments[4].Span);
        var from = result.Instructions[0].PrecedingComments;
        Assert.Equal(["two", "three"], from);
        Assert.Equal("three", from[^1]);
        Assert.Empty(result.Instructions[1].PrecedingComments);
        var texts = new List<string>();
        foreach (var comment in result.Instructions[2].PrecedingComments) texts.Add(comment);
        Assert.Equal(["four", "five"], texts);
        Assert.Throws<ArgumentOutOfRangeException>(() => result.Instructions[2].PrecedingComments[2]);
    }
}
