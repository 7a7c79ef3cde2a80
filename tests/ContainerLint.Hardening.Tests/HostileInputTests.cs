namespace ContainerLint.Hardening.Tests;

using System.Text;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Hostile inputs, generated at test time and linted in-process through the runner (decode, classify,
/// parse, rules): each gives a clear CL0xxx finding at an exact position or is handled, never an
/// exception or a CL0099, within generous time and allocation bounds. A stack overflow would kill
/// the test host, which is the point of running in-process.
/// </summary>
public sealed class HostileInputTests
{
    private const string Privileged = "CL2001";

    private static string Pod(string name, bool privileged, string extra = "") =>
        $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\n  namespace: x\nspec:\n  containers:\n    - name: c\n      image: r.example/c:1@sha256:{new string('a', 64)}\n{extra}      securityContext:\n        privileged: {(privileged ? "true" : "false")}\n";

    private static void NoCrash(FileResult result, string text)
    {
        Assert.DoesNotContain(result.Findings, f => f.RuleId == DiagnosticIds.InternalError);
        var source = new SourceText(text);
        foreach (var f in result.Findings)
        {
            Assert.True(Lint.SpanProblem(f, source) is null, Lint.SpanProblem(f, source));
        }
    }

    private static Finding Single(FileResult result, string ruleId) => Assert.Single(result.Findings, f => f.RuleId == ruleId);

    [Fact]
    public void AnAliasBombAtTheTopLevelCostsNothing()
    {
        var sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++) sb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        var text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n" + string.Join("", sb.ToString().Split('\n').Where(l => l.Length > 0).Select(l => "  " + l + "\n"));
        var result = Guard.Bounded(() => Lint.Text("bomb.yaml", text), seconds: 10, allocatedMegabytes: 200);
        NoCrash(result, text);
        Assert.Empty(result.Diagnostics());
    }

    [Fact]
    public void AnAliasBombAsTheContainerListIsWalkedOncePerContainer()
    {
        // The container list itself is the bomb's leaf: rules walk containers through aliases without expanding 9^9 nodes.
        var sb = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: bomb\n  namespace: x\n  annotations:\n");
        sb.Append("    c0: &c0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++) sb.Append($"    c{i}: &c{i} [").Append(string.Join(", ", Enumerable.Repeat($"*c{i - 1}", 9))).Append("]\n");
        sb.Append("spec:\n  containers:\n    - &app\n      name: app\n      image: r.example/c:1\n      securityContext: {privileged: true}\n      args: *c9\n      command: *c9\n");
        sb.Append("  initContainers: [*app]\n  ephemeralContainers: [*app]\n");
        var text = sb.ToString();
        var result = Guard.Bounded(() => Lint.Text("pod.yaml", text, Policies.PssBaseline), seconds: 10, allocatedMegabytes: 200);
        NoCrash(result, text);
        Assert.Equal(3, result.Findings.Count(f => f.RuleId == Privileged));
        Assert.Empty(result.Diagnostics());
    }

    public static TheoryData<string, string, string, int, int> DeepNesting() => new()
    {
        // name, file name, text, expected line, expected column of the CL0011
        { "200k flow sequences", "pod.yaml", "apiVersion: v1\nkind: Pod\nspec: " + new string('[', 200_000) + new string(']', 200_000) + "\n", 3, 507 },
        { "200k flow mappings", "pod.yaml", "apiVersion: v1\nkind: Pod\nspec: " + string.Concat(Enumerable.Repeat("{a: ", 200_000)) + "1" + new string('}', 200_000) + "\n", 3, 2007 },
        { "100k JSON objects", "pod.json", "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spec\":" + string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000) + "}\n", 1, 2535 },
        { "100k JSON arrays", "pod.json", "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spec\":" + new string('[', 100_000) + new string(']', 100_000) + "}\n", 1, 539 },
        { "3000 block mappings", "pod.yaml", "apiVersion: v1\nkind: Pod\nspec:\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * (i + 1)) + "k:\n")) + "  v\n", 503, 1001 },
        { "3000 block sequences", "pod.yaml", "apiVersion: v1\nkind: Pod\nspec:\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "-\n")) + "  v\n", 503, 999 },
        { "200k flow in Compose", "compose.yaml", "services:\n  web:\n    image: " + new string('[', 200_000) + "\n", 3, 512 },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void DeepNestingIsALimitFindingNotAStackOverflow(string name, string file, string text, int line, int column)
    {
        var result = Guard.Bounded(() => Lint.Text(file, text), seconds: 15, allocatedMegabytes: 1_000);
        NoCrash(result, text);
        var limit = Single(result, DiagnosticIds.LimitExceeded);
        Assert.True((line, column) == (limit.Span.Line, limit.Span.Column), $"{name}: {limit.Span} {limit.Message}");
        Assert.Equal(Severity.Error, limit.Severity);
    }

    [Fact]
    public void DeepJsonInADockerfileExecFormIsAParseErrorNotARecursion()
    {
        var text = "FROM a\nCMD " + new string('[', 60_000) + new string(']', 60_000) + "\nENTRYPOINT [\"a\", " + new string('{', 60_000) + "\n";
        var result = Guard.Bounded(() => Lint.Text("Dockerfile", text), seconds: 10);
        NoCrash(result, text);
    }

    [Fact]
    public void TwentyThousandDocumentsThroughTheCliGiveExactlyOneFindingPerPrivilegedContainer()
    {
        using var dir = new TempDir();
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++) sb.Append("---\n").Append(Pod("p" + i, privileged: i % 4 == 0));
        dir.Write("many.yaml", sb.ToString());
        var result = Guard.Bounded(() => Cli.Run(dir.Path, "--format", "json", "--policy", "pss-baseline", "many.yaml"), seconds: 30, allocatedMegabytes: 4_000);
        var findings = Newtonsoft.Json.Linq.JObject.Parse(result.Stdout)["findings"]!;
        Assert.Equal(5_000, findings.Count(f => (string?)f["ruleId"] == Privileged));
        Assert.Equal(5_000, findings.Where(f => (string?)f["ruleId"] == Privileged).Select(f => (string?)f["object"]).Distinct().Count());
        Assert.DoesNotContain(findings, f => ((string)f["ruleId"]!).StartsWith("CL0", StringComparison.Ordinal));
    }

    [Fact]
    public void ATwentyMegabyteSingleLineRunIsRejectedAtTheBuildKitLineLimit()
    {
        var text = "FROM a\nRUN " + string.Concat(Enumerable.Repeat("echo hello && ", 20_000_000 / 14)) + "true\n";
        var result = Guard.Bounded(() => Lint.Text("Dockerfile", text), seconds: 15, allocatedMegabytes: 1_500);
        NoCrash(result, text);
        var error = Single(result, DiagnosticIds.ParseError);
        Assert.Equal(new SourceSpan(2, 65536, 2, 65536), error.Span with { EndLine = 2, EndColumn = 65536 });
        Assert.Contains("max allowed size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATwentyMegabyteRunSplitOverShortLinesIsLintedInBoundedTime()
    {
        var text = "FROM a\nRUN true" + string.Concat(Enumerable.Repeat(" \\\n  && curl -fsSL https://example.com/x.sh -o /tmp/x.sh", 20_000_000 / 52)) + "\n";
        var result = Guard.Bounded(() => Lint.Text("Dockerfile", text), seconds: 20, allocatedMegabytes: 3_000);
        NoCrash(result, text);
    }

    [Fact]
    public void ARunWithTwoHundredThousandContinuationLinesIsLinted()
    {
        var text = "FROM a\nRUN echo \\\n" + string.Concat(Enumerable.Repeat("  a \\\n", 200_000)) + "  b\nUSER 1000\n";
        var result = Guard.Bounded(() => Lint.Text("Dockerfile", text), seconds: 15, allocatedMegabytes: 1_500);
        NoCrash(result, text);
        Assert.Empty(result.Diagnostics());
    }

    public static TheoryData<string, byte[], string, int, int> BadBytes() => new()
    {
        // file name, bytes, expected diagnostic, line, column
        { "Dockerfile", [0x7f, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0xff, 0xfe], DiagnosticIds.BinaryContent, 1, 1 },
        { "pod.yaml", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], DiagnosticIds.BinaryContent, 1, 1 },
        { "pod.yaml", Encoding.UTF8.GetBytes("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\0b\n"), DiagnosticIds.BinaryContent, 1, 1 },
        { "Dockerfile", Encoding.UTF8.GetBytes("FROM a\nRUN echo \0\n"), DiagnosticIds.BinaryContent, 1, 1 },
        { "Dockerfile", [.. Encoding.UTF8.GetBytes("FROM a\nRUN echo "), 0xc3, 0x28, 0xff, (byte)'\n'], DiagnosticIds.InvalidEncoding, 1, 1 },
        { "Dockerfile", [], DiagnosticIds.ParseError, 1, 1 },
        { "Dockerfile", [0xef, 0xbb, 0xbf], DiagnosticIds.ParseError, 1, 1 },
        { "Dockerfile", Encoding.UTF8.GetBytes("\n\n# only a comment\n"), DiagnosticIds.ParseError, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(BadBytes))]
    public void BadBytesGiveOneClearDiagnostic(string name, byte[] bytes, string ruleId, int line, int column)
    {
        var result = Guard.Bounded(() => Lint.Bytes(name, bytes), seconds: 5);
        var text = SourceDecoder.Decode(bytes, out _, out _) ?? "";
        NoCrash(result, text);
        var diagnostic = Single(result, ruleId);
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void InvalidUtf8IsReportedAndTheRestStillLinted()
    {
        var bytes = Encoding.UTF8.GetBytes(Pod("bad\u00e9", privileged: true)).ToList();
        bytes.InsertRange(bytes.IndexOf((byte)0xc3), [0xff, 0xc0]);
        var result = Lint.Bytes("pod.yaml", [.. bytes], Policies.PssBaseline);
        Assert.Single(result.Findings, f => f.RuleId == DiagnosticIds.InvalidEncoding);
        Assert.Single(result.Findings, f => f.RuleId == Privileged);
    }

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "UTF-16 LE with BOM", [0xff, 0xfe, .. Encoding.Unicode.GetBytes(Pod("u16", privileged: true))] },
        { "UTF-16 BE with BOM", [0xfe, 0xff, .. Encoding.BigEndianUnicode.GetBytes(Pod("u16be", privileged: true))] },
        { "UTF-8 with BOM", [0xef, 0xbb, 0xbf, .. Encoding.UTF8.GetBytes(Pod("bom", privileged: true))] },
        { "CRLF", Encoding.UTF8.GetBytes(Pod("crlf", privileged: true).Replace("\n", "\r\n", StringComparison.Ordinal)) },
        { "CR only", Encoding.UTF8.GetBytes(Pod("cr", privileged: true).Replace("\n", "\r", StringComparison.Ordinal)) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void EncodingsAndLineEndingsKeepExactSpans(string name, byte[] bytes)
    {
        var result = Lint.Bytes("pod.yaml", bytes, Policies.PssBaseline);
        var text = SourceDecoder.Decode(bytes, out _, out _)!;
        NoCrash(result, text);
        Assert.Empty(result.Diagnostics());
        var privileged = Single(result, Privileged);
        Assert.True(new SourceSpan(11, 21, 11, 25) == privileged.Span, name + ": " + privileged.Span);
    }

    [Fact]
    public void ACarriageReturnOnlyDockerfileIsOneLineAsInBuildKitAndHandled()
    {
        // BuildKit splits lines at \n only, so this is a single FROM; nothing may point outside the file.
        var text = "FROM a:latest\rUSER root\rFOO x\r";
        NoCrash(Lint.Text("Dockerfile", text), text);
    }

    [Theory]
    [InlineData("crlf", "\r\n")]
    [InlineData("lf", "\n")]
    public void DockerfileLineEndingsKeepExactSpans(string name, string newline)
    {
        var text = string.Join(newline, "FROM a", "RUN echo \\", "  x", "FOO [\"a\",", "") ;
        var result = Lint.Text("Dockerfile", text);
        NoCrash(result, text);
        var error = Single(result, DiagnosticIds.UnknownInstruction);
        Assert.True(error.Span == new SourceSpan(4, 1, 4, 4), name + ": " + error.Span + " " + error.Message);
    }

    public static TheoryData<string, string, string?> OddDockerfiles() => new()
    {
        // name, text, the diagnostic expected (or null when the file is handled without one)
        { "no FROM", "RUN echo hi\nUSER root\n", null },
        { "only ARG", "ARG A=1\n", null },
        { "unterminated heredoc", "FROM a\nRUN <<EOF\necho hi\n", DiagnosticIds.UnterminatedHeredoc },
        { "unterminated heredoc, quoted, several", "FROM a\nRUN <<'A' <<\"B\" cat\nx\nA\ny\n", DiagnosticIds.UnterminatedHeredoc },
        { "heredoc marker alone", "FROM a\nRUN <<\n", null },
        { "unterminated JSON array", "FROM a\nCMD [\"a\", \"b\"\n", null },
        { "unterminated JSON string", "FROM a\nENTRYPOINT [\"a\n", null },
        { "escape directive x", "# escape=x\nFROM a\n", DiagnosticIds.ParseError },
        { "escape directive twice", "# escape=`\n# escape=\\\nFROM a\n", DiagnosticIds.ParseError },
        { "escape directive empty", "# escape=\nFROM a\nRUN a \\\n b\n", null },
        { "escape backtick then backslash line", "# escape=`\nFROM a\nRUN a \\\nRUN b `\n c\n", null },
        { "escape at end of file", "FROM a\nRUN a \\", null },
        { "backtick escape at end of file", "# escape=`\nFROM a\nRUN a `", null },
        { "directive after instruction", "FROM a\n# escape=`\nRUN a `\n", null },
        { "only continuations", "\\\n\\\n\\\n", null },
        { "flag without value", "FROM a\nCOPY --from= --chown --chmod=999999999999 . .\n", null },
        { "ONBUILD ONBUILD", "FROM a\nONBUILD ONBUILD RUN x\n", null },
        { "ARG without name", "FROM a\nARG =x\nENV =y\n", null },
        { "variables nested deep", "FROM a\nARG A=${" + string.Concat(Enumerable.Repeat("B:-${", 5_000)) + "x" + new string('}', 5_001) + "\nRUN echo $A\n", null },
    };

    [Theory]
    [MemberData(nameof(OddDockerfiles))]
    public void OddDockerfilesAreHandled(string name, string text, string? diagnostic)
    {
        var result = Guard.Bounded(() => Lint.Text("Dockerfile", text), seconds: 10);
        NoCrash(result, text);
        if (diagnostic is not null) Assert.True(result.Findings.Any(f => f.RuleId == diagnostic), name + ": " + string.Join("; ", result.Findings.Select(f => f.RuleId + f.Span)));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == DiagnosticIds.FileUnreadable);
    }

    public static TheoryData<string, string, int> OddManifests() => new()
    {
        // name, text, expected CL2001 findings (rules keep working around the damage)
        { "python apply tag on a value", Pod("t", privileged: true).Replace("privileged: true", "privileged: !!python/object/apply:os.system [\"touch /tmp/pwned\"]", StringComparison.Ordinal), 0 },
        { "js function tag on the container", Pod("t", privileged: true).Replace("    - name: c", "    - !<tag:yaml.org,2002:js/function> \n      name: c", StringComparison.Ordinal), 1 },
        { "python object tag on the spec", Pod("t", privileged: true).Replace("spec:", "spec: !!python/object:__main__.Exploit", StringComparison.Ordinal), 1 },
        { "custom tag on the document", "--- !pwn\n" + Pod("t", privileged: true), 1 },
        { "spec is a number", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: 42\n", 0 },
        { "containers is a map", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: {}\n", 0 },
        { "containers hold scalars", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [1, \"x\", null, [], {securityContext: {privileged: true}}]\n", 1 },
        { "securityContext is a list", Pod("t", privileged: true).Replace("      securityContext:\n        privileged: true", "      securityContext: [privileged]", StringComparison.Ordinal), 0 },
        { "metadata is a string", "apiVersion: v1\nkind: Pod\nmetadata: x\nspec:\n  containers: [{name: c, securityContext: {privileged: true}}]\n", 1 },
        { "kind is a map", "apiVersion: v1\nkind: {a: b}\nspec:\n  containers: [{name: c, securityContext: {privileged: true}}]\n", 0 },
        { "template of a Deployment is a list", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template: []\n", 0 },
        { "duplicate keys: last value wins", Pod("t", privileged: false).Replace("        privileged: false", "        privileged: false\n        privileged: true", StringComparison.Ordinal), 1 },
        { "duplicate containers key", Pod("t", privileged: true) + "  containers: []\n", 0 },
        { "merge key into a container", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nx: &base {securityContext: {privileged: true}}\nspec:\n  containers:\n    - <<: *base\n      name: c\n", 1 },
        { "self-referencing alias", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: &s\n  containers: *s\n", 0 },
        { "undefined alias", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: *nope\n", 0 },
        { "a List of Lists", "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: List\n    items:\n      - " + Pod("in", privileged: true).Replace("\n", "\n        ", StringComparison.Ordinal).TrimEnd() + "\n", 1 },
        { "tab indentation", Pod("t", privileged: true).Replace("      securityContext", "\tsecurityContext", StringComparison.Ordinal), 0 },
        { "unterminated flow", "apiVersion: v1\nkind: Pod\nspec: {containers: [{name: c, securityContext: {privileged: true}\n", 0 },
        { "unterminated quote", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"abc\n", 0 },
        { "many documents of nothing", string.Concat(Enumerable.Repeat("---\n", 50_000)) + Pod("t", privileged: true), 1 },
        { "huge anchor names", "apiVersion: v1\nkind: Pod\nmetadata: {name: &" + new string('a', 100_000) + " a}\n", 0 },
        // YAML 1.1 counts U+2028/U+0085 as line breaks (as YamlDotNet and PyYAML do): a syntax error, at a position inside the file.
        { "unicode line separators", Pod("t\u2028x\u0085y", privileged: true), 0 },
    };

    [Theory]
    [MemberData(nameof(OddManifests))]
    public void OddManifestsAreHandledAndTagsAreInert(string name, string text, int privileged)
    {
        var result = Guard.Bounded(() => Lint.Text("pod.yaml", text, Policies.PssBaseline), seconds: 10);
        NoCrash(result, text);
        Assert.True(privileged == result.Findings.Count(f => f.RuleId == Privileged), name + ": " + string.Join("; ", result.Findings.Select(f => f.RuleId + f.Span + " " + f.Message)));
        Assert.False(File.Exists("/tmp/pwned"));
    }
}
