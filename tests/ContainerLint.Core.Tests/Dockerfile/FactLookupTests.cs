namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>
/// The index-based lookups that replaced per-file dictionaries (scope, stage and RUN facts of an instruction) and the
/// allocation-free helpers the rules read: they answer as the dictionaries did, also for instructions they do not hold.
/// </summary>
public sealed class FactLookupTests
{
    private const string Text = """
        ARG BASE=alpine
        FROM ${BASE} AS build
        ENV A=1
        RUN echo one
        ONBUILD RUN echo trigger
        COPY . /src
        RUN echo two
        FROM build
        ENV B=2
        RUN echo three
        """;

    [Fact]
    public void RunOf_finds_every_run_and_onbuild_trigger_and_nothing_else()
    {
        var document = DockerfileDocument.Parse(Text);
        var facts = new DockerfileFacts(document, LintConfiguration.Default);

        Assert.Equal(4, facts.Runs.Count);
        foreach (var run in facts.Runs) Assert.Same(run, facts.RunOf(run.Instruction));

        var onbuild = document.Instructions.Single(i => i.Kind == InstructionKind.Onbuild);
        Assert.Same(onbuild.OnBuild, facts.RunOf(onbuild.OnBuild!)!.Instruction);
        Assert.Null(facts.RunOf(onbuild));
        Assert.Null(facts.RunOf(document.Instructions.Single(i => i.Kind == InstructionKind.Copy)));

        // An instruction of another document with the same index is not this document's RUN.
        var other = DockerfileDocument.Parse(Text);
        Assert.Null(facts.RunOf(other.Instructions[3]));
    }

    [Fact]
    public void Each_run_gets_the_shell_in_effect_where_it_stands_as_ShellAt_answers()
    {
        // The fact pass works out a stage's shells once for all its RUNs: SHELL changes within a stage, a base stage's last
        // SHELL, a SHELL in plain form (BuildKit rejects it; the default shell is assumed after it), an ONBUILD RUN and a Windows
        // base image's default shell.
        var document = DockerfileDocument.Parse("""
            FROM alpine AS base
            RUN echo default
            SHELL ["/bin/bash", "-o", "pipefail", "-c"]
            RUN echo bash
            ONBUILD RUN echo trigger
            SHELL ["/bin/ash", "-c"]
            RUN echo ash
            SHELL /bin/zsh -c
            RUN echo default-again
            FROM base
            RUN echo inherited
            FROM mcr.microsoft.com/windows/servercore:ltsc2022
            RUN echo cmd
            SHELL ["powershell", "-Command"]
            RUN Write-Host ps
            RUN Write-Host ps-again
            """);
        var facts = new DockerfileFacts(document, LintConfiguration.Default);

        Assert.Equal(
            ["/bin/sh", "/bin/bash", "/bin/bash", "/bin/ash", "/bin/sh", "/bin/sh", "cmd", "powershell", "powershell"],
            facts.Runs.Select(r => r.Shell.Argv[0]));
        foreach (var run in facts.Runs)
        {
            var expected = RunScripts.ShellAt(run.Stage, run.Anchor.Index);
            Assert.Equal(expected.Argv, run.Shell.Argv);
            Assert.Equal((expected.Kind, expected.IsExplicit), (run.Shell.Kind, run.Shell.IsExplicit));
        }

        Assert.True(facts.Runs[1].Shell.SetsPipefail);
        Assert.Equal(ShellKind.Cmd, facts.Runs[6].Shell.Kind);
        Assert.Same(facts.Runs[7].Shell, facts.Runs[8].Shell);
    }

    [Theory]
    [InlineData("RUN sed -i 's/gpgcheck=1/gpgcheck=0/' f", "gpgcheck")]
    [InlineData("echo GPGCHECK=0", "gpgcheck")]
    [InlineData("echo gpgchec", "gpgcheck")]
    [InlineData("x gpgcheck", "gpgcheck")]
    [InlineData("[trusted=yes]", "trusted=yes")]
    [InlineData("Trusted=Yes", "trusted=yes")]
    [InlineData("trusted=no trusted=y", "trusted=yes")]
    [InlineData("--allow-INSECURE=yes", "allow-insecure=yes")]
    [InlineData("sslverıfy=false", "sslverify")]
    [InlineData("ſslverify=false", "sslverify")]
    [InlineData("is", "is")]
    [InlineData("ıſ", "is")]
    [InlineData("a=b", "=")]
    [InlineData("", "sslverify")]
    [InlineData("GPGCHECK=0", "gpgcheck")]
    [InlineData("x=y a=b trusted=YES", "trusted=yes")]
    [InlineData("trusted=ye", "trusted=yes")]
    [InlineData("== =yes", "trusted=yes")]
    [InlineData("ab=", "b=")]
    [InlineData("=", "b=")]
    [InlineData("SSLVERIFY", "sslverify")]
    public void Matches_skips_no_text_the_regex_matches(string text, string literal)
    {
        // The literal search that spares most RUNs the regex (ignoring case, each literal of the set in turn) must never
        // skip a RUN the case-insensitive regex matches in. (The regex alone also folds the Kelvin sign into 'k'; a key
        // spelled with it is no key any tool reads, and the search skips it.)
        var facts = new DockerfileFacts(DockerfileDocument.Parse("FROM alpine:3.22\nRUN echo " + text.ReplaceLineEndings(" ") + "\n"), LintConfiguration.Default);
        var regex = new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(literal), System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var literals = new LiteralSet("zzz-not-there", literal);
        var rest = facts.Runs[0].Instruction.Rest;
        Assert.Equal(regex.Matches(rest).Count, facts.Runs[0].Matches(regex, literals).Count());
    }

    [Fact]
    public void ScopeAt_and_StageOf_answer_by_instruction_not_by_position()
    {
        var document = DockerfileDocument.Parse(Text);
        var graph = document.Stages;
        var runThree = document.Instructions[^1];

        Assert.Equal("1", graph.ScopeAt(runThree).Lookup("A"));
        Assert.Equal("2", graph.ScopeAt(runThree).Lookup("B"));
        Assert.Same(graph.Stages[1], graph.StageOf(runThree));
        Assert.Null(graph.StageOf(document.Instructions[0]));
        Assert.Null(graph.ScopeAt(document.Instructions[0]).Lookup("BASE")); // before its own definition
        Assert.Equal("alpine", graph.ScopeAt(document.Instructions[1]).Lookup("BASE"));

        // Not an instruction of this graph: no stage, and the global scope (as a dictionary miss answered).
        var foreign = DockerfileDocument.Parse(Text).Instructions[^1];
        Assert.Null(graph.StageOf(foreign));
        Assert.Same(graph.GlobalScope, graph.ScopeAt(foreign));
        var trigger = document.Instructions.Single(i => i.Kind == InstructionKind.Onbuild).OnBuild!;
        Assert.Null(graph.StageOf(trigger));
    }

    [Fact]
    public void Read_only_items_enumerate_in_order_through_foreach_and_linq()
    {
        var document = DockerfileDocument.Parse(Text);
        var stage = document.Stages.Stages[0];
        var seen = new List<Instruction>();
        foreach (var i in stage.Instructions) seen.Add(i);

        Assert.Equal(stage.Instructions.ToList(), seen);
        Assert.Equal(5, seen.Count);
        Assert.Equal([InstructionKind.Run, InstructionKind.Run], stage.OfKind(InstructionKind.Run).Select(i => i.Kind));
        Assert.Empty(stage.OfKind(InstructionKind.User));
    }

    [Fact]
    public void Facts_collect_commands_and_packages_across_runs_in_file_order()
    {
        var facts = new DockerfileFacts(DockerfileDocument.Parse("""
            FROM debian
            RUN apt-get install -y curl && echo a
            RUN echo b && ln -s x y
            RUN apk add git
            """), LintConfiguration.Default);

        Assert.Equal(["echo", "echo"], facts.CommandsOf("echo").Select(c => c.Command.ProgramName));
        Assert.Equal(["apt-get", "echo", "echo", "ln"], facts.CommandsOf("ln", "apt-get", "echo").Select(c => c.Command.ProgramName));
        Assert.Empty(facts.CommandsOf("wget", "curl"));
        Assert.Equal(2, facts.Packages.Count);
        Assert.Same(facts.Packages, facts.Packages);
        Assert.Empty(facts.Downloads);

        ReadOnlyItems<int> none = [];
        ReadOnlyItems<int> two = [1, 2];
        Assert.Same(ReadOnlyItems<int>.Empty, none);
        Assert.Equal([1, 2], two);
    }

    [Theory]
    [InlineData("curl -u a:b -u c:d https://x", "-u", new[] { "a:b", "c:d" })]
    [InlineData("tar -xzf a.tgz -f b.tgz", "-f", new[] { "a.tgz", "b.tgz" })]
    [InlineData("pip install --index-url=https://a -- --index-url https://b", "--index-url", new[] { "https://a" })]
    [InlineData("mysql -psecret", "-p", new[] { "secret" })]
    public void FindFlags_yields_every_occurrence_with_its_value(string text, string flag, string[] values)
    {
        var command = ShellScript.Parse(text).Commands[0];
        var found = new List<string?>();
        foreach (var f in command.FindFlags(flag, takesValue: true)) found.Add(f.Value);

        Assert.Equal(values, found);
        Assert.Equal(values, command.FindFlags(flag, takesValue: true).Select(f => f.Value));
    }

    [Fact]
    public void Word_value_span_matches_the_value_quoted_or_not()
    {
        var words = ShellScript.Parse("""run --plain "--quoted" '' x""").Commands[0].Words;

        foreach (var w in words) Assert.Equal(w.Value, w.ValueSpan.ToString());
        Assert.True(words[1].ValueStartsWith("--"));
        Assert.True(words[2].ValueStartsWith("--"));
        Assert.False(words[3].ValueStartsWith("-"));
        Assert.False(words[4].ValueStartsWith("--"));
    }
}
