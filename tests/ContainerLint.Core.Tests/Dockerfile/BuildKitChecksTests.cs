namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Issue #14: what Docker refuses to build is an error (CL0003 unknown instruction, CL0014 arguments BuildKit rejects,
/// CL0015 no FROM), and an exec form that is not JSON says that it runs as shell form (CL0016) instead of CL1059's
/// "use the JSON form". Each case was checked against BuildKit's instructions parser and dockerfile2llb.
/// </summary>
public sealed class BuildKitChecksTests
{
    private static readonly LintEngine Engine = LintEngine.CreateDefault();

    private static IReadOnlyList<Finding> Lint(string text) =>
        Engine.Lint(new LintInput("Dockerfile", new SourceText(text)), FileKind.Dockerfile, LintConfiguration.Default with { Policy = Policies.All }).Findings;

    private static Finding Only(string text, string id)
    {
        var hits = Lint(text).Where(f => f.RuleId == id).ToList();
        Assert.True(hits.Count == 1, $"expected one {id}, got: {string.Join("; ", Lint(text).Select(f => f.RuleId + " " + f.Message))}");
        return hits[0];
    }

    [Theory]
    [InlineData("FROM\nRUN x\n", "(1,1,1,5)", "FROM names no image")]
    [InlineData("FROM --platform=linux/amd64\nRUN x\n", "(1,1,1,5)", "FROM names no image")]
    [InlineData("FROM alpine:3.20 AS build # the build stage\n", "(1,6,1,44)", "not the 7 words 'alpine:3.20 AS build # the build stage'")]
    [InlineData("FROM alpine:3.20 build\n", "(1,6,1,23)", "not the 2 words")]
    [InlineData("FROM alpine:3.20 AS\n", "(1,6,1,20)", "not the 2 words")]
    [InlineData("FROM alpine:3.20 FROM b\n", "(1,6,1,24)", "not the 3 words")]
    [InlineData("FROM alpine:3.20 AS 1st\n", "(1,6,1,24)", "'1st' is not a valid stage name")]
    [InlineData("FROM alpine:3.20 AS $NAME\n", "(1,6,1,26)", "'$NAME' is not a valid stage name")]
    [InlineData("FROM a\nCOPY app.jar\n", "(2,6,2,13)", "COPY needs a source and a destination")]
    [InlineData("FROM a\nADD --chmod=644 app.jar\n", "(2,17,2,24)", "ADD needs a source and a destination")]
    [InlineData("FROM a\nUSER\n", "(2,1,2,5)", "USER needs exactly one argument")]
    [InlineData("FROM a\nWORKDIR\n", "(2,1,2,8)", "WORKDIR needs exactly one argument")]
    [InlineData("FROM a\nEXPOSE\n", "(2,1,2,7)", "EXPOSE needs at least one argument")]
    [InlineData("FROM a\nENV\n", "(2,1,2,4)", "ENV needs at least one argument")]
    [InlineData("FROM a\nVOLUME [\"\"]\n", "(2,8,2,12)", "VOLUME names an empty path")]
    [InlineData("FROM a\nSHELL /bin/bash -c\n", "(2,7,2,19)", "SHELL must be a JSON array")]
    [InlineData("FROM a\nSHELL []\n", "(2,7,2,9)", "SHELL needs at least one argument")]
    [InlineData("FROM a\nONBUILD\n", "(2,1,2,8)", "ONBUILD needs an instruction to run later")]
    [InlineData("FROM a\nHEALTHCHECK CURL http://x\n", "(2,13,2,26)", "'CURL' is not a HEALTHCHECK type")]
    [InlineData("FROM a\nHEALTHCHECK CMD\n", "(2,13,2,16)", "HEALTHCHECK CMD needs a command")]
    [InlineData("FROM a\nHEALTHCHECK NONE now\n", "(2,13,2,21)", "HEALTHCHECK NONE takes no arguments")]
    [InlineData("FROM mcr.microsoft.com/devcontainers/dotnet:0-${VARIANT:i}\n", "(1,6,1,59)", "FROM cannot be expanded: failed to process \"mcr.microsoft.com/devcontainers/dotnet:0-${VARIANT:i}\": unsupported modifier (:i) in substitution")]
    [InlineData("ARG V=1\nFROM alpine:${V\n", "(2,6,2,16)", "FROM cannot be expanded: failed to process \"alpine:${V\": unsupported modifier () in substitution")]
    [InlineData("FROM alpine:3.20 AS a\nFROM ${}\n", "(2,6,2,9)", "FROM cannot be expanded: failed to process \"${}\": syntax error: bad substitution")]
    public void ArgumentsBuildKitRejectsAreErrors(string text, string span, string message)
    {
        var finding = Only(text, DiagnosticIds.RefusedInstruction);
        Assert.Equal(span, finding.Span.ToString());
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("; Docker will refuse to build this file.", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM a\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.23 AS Build-2.x_y\n")]
    [InlineData("FROM a as b\nFROM b\n")]
    [InlineData("FROM a\nCOPY <<EOF /etc/motd\nhello\nEOF\n")]
    [InlineData("FROM a\nCOPY --from=b /a /b\nADD https://example.com/x.tgz /x/\n")]
    [InlineData("FROM a\nUSER 10001\nWORKDIR /app\nSTOPSIGNAL SIGTERM\nEXPOSE 8080\nVOLUME /data\nLABEL a=b\nENV A=b\n")]
    [InlineData("ARG V=1\nFROM a:${V}\nARG X\n")]
    [InlineData("FROM a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n")]
    [InlineData("FROM a\nHEALTHCHECK NONE\n")]
    [InlineData("FROM a\nHEALTHCHECK --interval=30s cmd curl -f http://localhost/ || exit 1\n")]
    [InlineData("FROM a\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]\n")]
    [InlineData("FROM a\nONBUILD RUN make\nCMD\nRUN\n")]
    [InlineData("FROM mcr.microsoft.com/devcontainers/dotnet:0-${templateOption:imageVariant}\n")] // the dev container CLI replaces it first
    [InlineData("ARG X\nFROM a:${X:-1}${X:+-x}\n")]
    public void WhatBuildKitBuildsIsNotRefused(string text)
    {
        var refused = Lint(text).Where(f => f.RuleId is DiagnosticIds.RefusedInstruction or DiagnosticIds.NoBuildStage or DiagnosticIds.UnknownInstruction).ToList();
        Assert.True(refused.Count == 0, string.Join("; ", refused.Select(f => $"{f.RuleId} {f.Span} {f.Message}")));
    }

    [Theory]
    [InlineData("RUN echo hi\nCMD [\"x\"]\n", "(1,1,1,4)")]
    [InlineData("ARG VERSION=3.20\n", "(1,1,1,4)")]
    [InlineData("# syntax=docker/dockerfile:1\nARG A\nENV B=c\n", "(2,1,2,4)")]
    public void AFileWithoutFromIsAnError(string text, string span)
    {
        var finding = Only(text, DiagnosticIds.NoBuildStage);
        Assert.Equal(span, finding.Span.ToString());
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("The file has no FROM, so it defines no build stage; Docker will refuse to build it.", finding.Message);
    }

    [Theory]
    [InlineData("FROM a\nRUNN make\n", "RUNN", " (did you mean RUN?)", "this file")]
    [InlineData("FROM a\nCPOY . /app\n", "CPOY", " (did you mean COPY?)", "this file")]
    [InlineData("FROM a\nentrypiont [\"x\"]\n", "entrypiont", " (did you mean ENTRYPOINT?)", "this file")]
    [InlineData("FROM a\nFOO bar\n", "FOO", "", "this file")]
    [InlineData("FROM a\nONBUILD RUNN make\n", "RUNN", " (did you mean RUN?)", "any image built FROM this one (it is an ONBUILD trigger)")]
    public void AnUnknownInstructionIsAnErrorWithBuildKitsSuggestion(string text, string keyword, string suggestion, string refused)
    {
        var finding = Only(text, DiagnosticIds.UnknownInstruction);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal($"Unknown instruction '{keyword}'{suggestion}; Docker refuses to build {refused}.", finding.Message);
    }

    [Theory]
    [InlineData("FROM node:22\nCMD [\"node\", \"server.js\"\n", "CMD", "no closing ]", "runs it as a shell command ('[\"node\", \"server.js\"')")]
    [InlineData("FROM node:22\nENTRYPOINT ['node', 'server.js']\n", "ENTRYPOINT", "single quotes; JSON strings need double quotes", "runs it as a shell command")]
    [InlineData("FROM node:22\nCMD [\u201Cnode\u201D, \u201Cserver.js\u201D]\n", "CMD", "typographic quotes", "runs it as a shell command")]
    [InlineData("FROM node:22\nCMD [\"node\", \"server.js\",]\n", "CMD", "a comma before the closing ]", "runs it as a shell command")]
    [InlineData("FROM node:22\nCMD [\"node\", \"server.js\"] # start\n", "CMD", "text after the closing ]", "runs it as a shell command")]
    [InlineData("FROM node:22\nCMD [\"dotnet\", \"run\"]]\n", "CMD", "text after the closing ]", "runs it as a shell command")]
    [InlineData("FROM node:22\nCMD [\"node\" \"server.js\"]\n", "CMD", "a missing comma between two strings", "runs it as a shell command")]
    [InlineData("FROM node:22\nCMD [\"C:\\Ruby\\bin\\ruby.exe\"]\n", "CMD", "a backslash that is not a JSON escape", "runs it as a shell command")]
    [InlineData("FROM node:22\nRUN [ \"npm\", \"ci\"\n", "RUN", "no closing ]", "runs it as a shell command")]
    [InlineData("FROM node:22\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"\n", "HEALTHCHECK", "no closing ]", "runs it as a shell command")]
    [InlineData("FROM node:22\nCOPY [\"a b\", \"/app/\",]\n", "COPY", "a comma before the closing ]", "splits it at whitespace into '[\"a' 'b\",' '\"/app/\",]'")]
    public void AnExecFormThatIsNotJsonSaysItRunsAsShellForm(string text, string name, string reason, string consequence)
    {
        var findings = Lint(text);
        var finding = Only(text, DiagnosticIds.InvalidJsonForm);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.StartsWith($"{name} looks like the JSON (exec) form but is not valid JSON ({reason}", finding.Message, StringComparison.Ordinal);
        Assert.Contains(consequence, finding.Message, StringComparison.Ordinal);
        // The shell-form rule would advise "use the JSON (exec) form", which the author already tried to do.
        Assert.DoesNotContain(findings, f => f.RuleId == "CL1059");
    }

    [Theory]
    [InlineData("FROM a\nRUN [ -f /etc/os-release ] && cat /etc/os-release\n")]
    [InlineData("FROM a\nRUN [ \"$TARGETARCH\" = \"amd64\" ] && echo x86\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN [Net.ServicePointManager]::SecurityProtocol = 'Tls12'; Invoke-WebRequest 'https://x', 'y'\n")]
    [InlineData("FROM a\nCMD [\"node\", \"server.js\"]\n")]
    [InlineData("FROM a\nCMD node server.js\n")]
    public void ShellThatStartsWithABracketAndValidJsonAreNotReported(string text)
    {
        Assert.DoesNotContain(Lint(text), f => f.RuleId == DiagnosticIds.InvalidJsonForm);
    }

    [Fact]
    public void TheShellFormRuleStillAdvisesTheJsonFormForRealShellForm()
    {
        Assert.Contains("use the JSON (exec) form", Only("FROM a\nCMD node server.js\n", "CL1059").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheChecksStayLinearOnAHugeBracketedRun()
    {
        // 2 MB of command over continuation lines (a physical line is limited to 64 KB), never closed.
        var text = "FROM a\nRUN [\"" + string.Join("\\\n", Enumerable.Repeat(new string('x', 50_000), 40)) + "\", \"tail\n";
        var finding = Only(text, DiagnosticIds.InvalidJsonForm);
        Assert.Contains("...", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Message.Length < 400, "the message quotes a shortened command");
    }
}
