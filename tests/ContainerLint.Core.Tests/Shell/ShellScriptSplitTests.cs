namespace ContainerLint.Core.Tests.Shell;

using ContainerLint.Core.Shell;

public sealed class ShellScriptSplitTests
{
    /// <summary>One line per command: words as value@start-end, then op, then enclosing constructs.</summary>
    private static string Dump(string text)
    {
        var script = ShellScript.Parse(text.Replace("\\n", "\n", StringComparison.Ordinal));
        return string.Join(" ; ", script.Commands.Select(c =>
            string.Join(" ", c.Assignments.Select(a => $"{a.Name}={a.Value}@{a.Word.Start}-{a.Word.End}")
                .Concat(c.Words.Select(w => $"{w.Value}@{w.Start}-{w.End}"))
                .Concat(c.Redirections.Select(r => $"{r.FileDescriptor}{r.Operator}{r.Target?.Value}@{r.Start}-{r.End}")))
            + (c.Operator.Length > 0 ? $" [{c.Operator.Replace("\n", "NL", StringComparison.Ordinal)}]" : "")
            + (c.Enclosing.Count > 0 ? " {" + string.Join(",", c.Enclosing) + "}" : "")));
    }

    [Theory]
    // words, quotes and escapes
    [InlineData("echo hi", "echo@0-4 hi@5-7")]
    [InlineData("echo 'a b' \"c d\" e\\ f", "echo@0-4 a b@5-10 c d@11-16 e f@17-21")]
    [InlineData("echo \"a\\\"b\" 'x\\y' \"\\$HOME\"", "echo@0-4 a\"b@5-11 x\\y@12-17 $HOME@18-26")]
    [InlineData("echo a\"b\"'c'd", "echo@0-4 abcd@5-13")]
    [InlineData("echo $'a\\tb'", "echo@0-4 a\tb@5-12")]
    [InlineData("echo ${X:-a b} $Y", "echo@0-4 ${X:-a b}@5-14 $Y@15-17")]
    [InlineData("echo a\\\nb", "echo@0-4 ab@5-9")]
    // separators and operators
    [InlineData("a && b || c; d & e", "a@0-1 [&&] ; b@5-6 [||] ; c@10-11 [;] ; d@13-14 [&] ; e@17-18")]
    [InlineData("a\\nb", "a@0-1 [NL] ; b@2-3")]
    [InlineData("a &&\\n  b", "a@0-1 [&&] ; b@7-8")]
    [InlineData("a | b |& c", "a@0-1 [|] ; b@4-5 [|&] ; c@9-10")]
    // assignments and redirections
    [InlineData("FOO=bar BAZ=\"a b\" cmd arg", "FOO=bar@0-7 BAZ=a b@8-17 cmd@18-21 arg@22-25")]
    [InlineData("X=1", "X=1@0-3")]
    [InlineData("cmd X=1", "cmd@0-3 X=1@4-7")]
    [InlineData("cmd 2>&1 >/dev/null", "cmd@0-3 2>&1@4-8 >/dev/null@9-19")]
    [InlineData("cmd &> log 2>>err <in", "cmd@0-3 &>log@4-10 2>>err@11-17 <in@18-21")]
    [InlineData("cmd <<< \"$x\"", "cmd@0-3 <<<$x@4-12")]
    [InlineData("cmd >| f 3<> g", "cmd@0-3 >|f@4-8 3<>g@9-14")]
    // comments
    [InlineData("echo a # b c\\nls", "echo@0-4 a@5-6 [NL] ; ls@13-15")]
    [InlineData("echo a#b", "echo@0-4 a#b@5-8")]
    [InlineData("# only a comment", "")]
    // substitutions
    [InlineData("echo $(id -u) `date`", "echo@0-4 $(id -u)@5-13 `date`@14-20 ; id@7-9 -u@10-12 {CommandSubstitution} ; date@15-19 {CommandSubstitution}")]
    [InlineData("echo \"$(a \"$(b)\")\"", "echo@0-4 $(a \"$(b)\")@5-18 ; a@8-9 $(b)@10-16 {CommandSubstitution} ; b@13-14 {CommandSubstitution,CommandSubstitution}")]
    [InlineData("x=$(curl a | sh) y", "x=$(curl a | sh)@0-16 y@17-18 ; curl@4-8 a@9-10 [|] {CommandSubstitution} ; sh@13-15 {CommandSubstitution}")]
    [InlineData("diff <(a) >(b)", "diff@0-4 <(a)@5-9 >(b)@10-14 ; a@7-8 {ProcessSubstitution} ; b@12-13 {ProcessSubstitution}")]
    [InlineData("echo $((1 + (2)))", "echo@0-4 $((1 + (2)))@5-17")]
    // compound commands
    [InlineData("(cd /x && make) | tee l", "cd@1-3 /x@4-6 [&&] {Subshell} ; make@10-14 [|] {Subshell} ; tee@18-21 l@22-23")]
    [InlineData("{ a; b; } > out", "a@2-3 [;] {BraceGroup} ; b@5-6 [;] {BraceGroup}")]
    [InlineData("if a; then b; elif c; then d; else e; fi; f", "a@3-4 [;] {If} ; b@11-12 [;] {If} ; c@19-20 [;] {If} ; d@27-28 [;] {If} ; e@35-36 [;] {If} ; f@42-43")]
    [InlineData("for i in 1 2; do echo $i; done", "echo@17-21 $i@22-24 [;] {Loop}")]
    [InlineData("while read l; do x; done < f", "read@6-10 l@11-12 [;] {Loop} ; x@17-18 [;] {Loop}")]
    [InlineData("until false\\ndo a\\ndone", "false@6-11 [NL] {Loop} ; a@15-16 [NL] {Loop}")]
    [InlineData("case $x in a|b) p;; (c) q ;; *) r;; esac", "p@16-17 [;;] {Case} ; q@24-25 [;;] {Case} ; r@32-33 [;;] {Case}")]
    [InlineData("f() { a; }; f", "a@6-7 [;] {Function,BraceGroup} ; f@12-13")]
    [InlineData("function g { a; }", "a@13-14 [;] {Function,BraceGroup}")]
    [InlineData("! a | b", "a@2-3 [|] ; b@6-7")]
    [InlineData("((i++)) && a", "a@11-12")]
    public void SplitsCommandsWithExactSpans(string text, string expected)
    {
        Assert.Equal(expected, Dump(text));
    }

    [Fact]
    public void IfBranchesTakeTheOperatorBeforeTheNextCommand()
    {
        // The ';' after 'fi' lands on the last command of the if (e), which then reads ";".
        var script = ShellScript.Parse("if a; then b; else e; fi; f");
        Assert.Equal(";", script.Commands.Single(c => c.Name == "e").Operator);
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void HeredocBodiesAreConsumedAndKept()
    {
        const string text = "cat <<EOF > /etc/x\nhello $x\ncurl a | sh\nEOF\ncat <<-'END'\n\tliteral\n\tEND\necho after";
        var script = ShellScript.Parse(text);
        Assert.Equal(["cat", "cat", "echo"], script.Commands.Select(c => c.Name));
        var first = script.Commands[0].Redirections[0];
        Assert.True(first.IsHeredoc);
        Assert.Equal("hello $x\ncurl a | sh\n", first.HeredocBody);
        Assert.Equal(text.IndexOf("hello", StringComparison.Ordinal), first.HeredocBodyStart);
        Assert.False(first.HeredocIsLiteral);
        var second = script.Commands[1].Redirections[0];
        Assert.Equal("<<-", second.Operator);
        Assert.Equal("\tliteral\n", second.HeredocBody);
        Assert.True(second.HeredocIsLiteral);
        Assert.Equal(text.IndexOf("echo", StringComparison.Ordinal), script.Commands[2].Start);
        Assert.Empty(script.FindDownloadedCodeExecutions());
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void TwoHeredocsOnOneLineAreReadInOrder()
    {
        var script = ShellScript.Parse("paste <<A <<B\n1\nA\n2\nB\nls");
        var r = script.Commands[0].Redirections;
        Assert.Equal("1\n", r[0].HeredocBody);
        Assert.Equal("2\n", r[1].HeredocBody);
        Assert.Equal("ls", script.Commands[1].Name);
    }

    [Theory]
    [InlineData("echo \"abc", "unterminated double quote", 5)]
    [InlineData("echo 'abc", "unterminated single quote", 5)]
    [InlineData("a )", "unexpected ')'", 2)]
    [InlineData("fi", "unexpected 'fi'", 0)]
    [InlineData("cat <<EOF\nno end", "heredoc delimited by 'EOF' is not terminated", 4)]
    [InlineData("echo $(a", "expected ')'", 8)]
    [InlineData("if a; then b", "expected 'fi'", 12)]
    public void BadInputGivesDiagnosticsNotExceptions(string text, string message, int offset)
    {
        var script = ShellScript.Parse(text);
        Assert.Contains(new ShellDiagnostic(message, offset), script.Diagnostics);
    }

    [Fact]
    public void NestingBeyondTheCapIsFlattenedWithoutRecursingFurther()
    {
        var deep = string.Concat(Enumerable.Repeat("$(", 100_000)) + "echo x" + new string(')', 100_000);
        var script = ShellScript.Parse("a " + deep);
        Assert.Contains(script.Diagnostics, d => d.Message.StartsWith("command substitutions nested deeper than 8", StringComparison.Ordinal));
        Assert.Equal("a", script.Commands[0].Name);
        var subshells = ShellScript.Parse("a " + string.Concat(Enumerable.Repeat("( ", 100_000)) + "b" + new string(')', 100_000) + " $(c)");
        Assert.Contains(subshells.Diagnostics, d => d.Message.StartsWith("nesting deeper than 200", StringComparison.Ordinal));

        var ifs = string.Concat(Enumerable.Repeat("if true; then ", 50_000)) + "curl x | sh";
        var flat = ShellScript.Parse(ifs);
        Assert.Single(flat.FindDownloadedCodeExecutions());
        Assert.Contains(flat.Diagnostics, d => d.Message.StartsWith("nesting deeper than 200", StringComparison.Ordinal));

        var parens = ShellScript.Parse(string.Concat(Enumerable.Repeat("( ", 100_000)) + "b" + new string(')', 100_000));
        Assert.Single(parens.Commands, c => c.Name == "b");
    }

    [Fact]
    public void IsLinearOnATwentyMegabyteSingleLine()
    {
        const string unit = "apt-get install -y \"pkg one\" 'x' $(echo hi) && curl -fsSL x | sh; ";
        var text = string.Concat(Enumerable.Repeat(unit, 20_000_000 / unit.Length));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var script = ShellScript.Parse(text);
        Assert.Equal(20_000_000 / unit.Length * 4, script.Commands.Count);
        Assert.Equal(20_000_000 / unit.Length, script.FindDownloadedCodeExecutions().Count);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(90), sw.Elapsed.ToString());
    }

    [Fact]
    public void NullAndEmptyInputGiveAnEmptyScript()
    {
        Assert.Empty(ShellScript.Parse(null).Commands);
        Assert.Empty(ShellScript.Parse("").Commands);
        Assert.Empty(ShellScript.Parse("  \n\t\n").Commands);
    }

    [Fact]
    public void PipelinesListTheirStages()
    {
        var script = ShellScript.Parse("curl x | (cd /t && tar xz) | tee l");
        var p = Assert.Single(script.Pipelines);
        Assert.Equal(3, p.Stages.Count);
        Assert.Equal(["cd", "tar"], p.Stages[1].Select(c => c.Name));
        Assert.Equal(1, script.Commands.Single(c => c.Name == "tar").PipelineStage);
        Assert.Same(p, script.Commands[0].Pipeline);
        Assert.Equal(0, p.Start);
        Assert.Equal(script.Text.Length, p.End);
    }

    [Theory]
    [InlineData("echo plain", 1, "plain", "plain")]
    [InlineData("echo \"a b\"c", 1, "a bc", "\"a b\"c")]
    [InlineData("echo 'x'\\'y'", 1, "x'y", "'x'\\'y'")]
    [InlineData("echo a\\ b", 1, "a b", "a\\ b")]
    [InlineData("echo $'a\\tb'c", 1, "a\tbc", "$'a\\tb'c")]
    [InlineData("echo $(id -u)x", 1, "$(id -u)x", "$(id -u)x")]
    [InlineData("echo \"$(id -u)\"", 1, "$(id -u)", "\"$(id -u)\"")]
    [InlineData("echo ${A:-b}\"\\$\"", 1, "${A:-b}$", "${A:-b}\"\\$\"")]
    [InlineData("echo ''x", 1, "x", "''x")]
    [InlineData("echo <(ls)", 1, "<(ls)", "<(ls)")]
    public void WordsKeepTheirValueAndRawTextWhetherSlicedOrBuilt(string text, int index, string value, string raw)
    {
        var word = ShellScript.Parse(text).Commands[0].Words[index];
        Assert.Equal(value, word.Value);
        Assert.Equal(raw, word.Raw);
        Assert.Equal(value.Length, word.ValueLength);
        Assert.Equal(raw, text[word.Start..word.End]);
    }

    [Fact]
    public void WordsBuiltInsideASubstitutionLeaveTheBuiltOuterWordIntact()
    {
        // The outer word drops quotes before and after its $( … ), whose own words drop quotes too: the values are
        // built one after another in the parser's builder, the inner ones while the outer one is half done.
        var script = ShellScript.Parse("echo \"a\"b$(printf \"c\"d 'e'f $(x \"y\"z))g'h' \"i\"j");
        var echo = script.Commands.Single(c => c.Name == "echo");
        Assert.Equal(["echo", "ab$(printf \"c\"d 'e'f $(x \"y\"z))gh", "ij"], echo.Words.Select(w => w.Value));
        Assert.Equal(["printf", "cd", "ef", "$(x \"y\"z)"], script.Commands.Single(c => c.Name == "printf").Words.Select(w => w.Value));
        Assert.Equal(["x", "yz"], script.Commands.Single(c => c.Name == "x").Words.Select(w => w.Value));
    }

    [Fact]
    public void NestedSubstitutionsDoNotCopyTheirTextPerLevel()
    {
        // 199 levels around 5 MB took 5.5 GB: each level copied the inner text (value and raw) while parsing.
        var inner = string.Concat(Enumerable.Repeat(new string('x', 100) + " \\\n", 50_000));
        var text = string.Concat(Enumerable.Repeat("echo $(", 199)) + inner + new string(')', 199);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var script = ShellScript.Parse(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 20L * text.Length, $"parsing allocated {allocated / 1_000_000} MB for {text.Length / 1_000_000} M characters");
        Assert.Contains(script.Diagnostics, d => d.Message.StartsWith("command substitutions nested deeper than", StringComparison.Ordinal));
        Assert.Equal(9, script.Commands.Count(c => c.Name == "echo"));
        var outer = script.Commands[0].Words[1];
        Assert.Equal(text.Length - 5, outer.ValueLength);
        Assert.Equal(text[5..], outer.Value);
    }
}
