namespace ContainerLint.Hardening.Tests.Fuzzing;

using System.Diagnostics;
using System.Text;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using ContainerLint.Core.Text;

/// <summary>A corpus entry: the name it is linted under (which picks the front end) and its bytes.</summary>
public sealed record FuzzSeed(string Name, byte[] Bytes);

/// <summary>An input that broke an invariant.</summary>
public sealed record FuzzFailure(string Name, byte[] Input, string Problem)
{
    public override string ToString() => $"{Name}: {Problem}\n  input (base64): {Convert.ToBase64String(Input)}";
}

/// <summary>What a campaign did.</summary>
public sealed record FuzzStats(int Seed, long Executions, TimeSpan Elapsed, IReadOnlyList<FuzzFailure> Failures);

/// <summary>
/// A small deterministic mutation fuzzer over the Dockerfile, Kubernetes and Compose front ends and the
/// configuration file (SharpFuzz is not in the package mirror). Each input is a corpus seed with 1–6
/// mutations: byte flips, insertions, deletions, splices of other seeds, tokens the parsers treat specially
/// (directives, heredoc markers, escapes, quotes, anchors, aliases, tags, template braces), and
/// structure-aware blocks that reach the second hostile round's paths (issue #15): variable doubling, shell
/// patterns, deep substitutions, suppression floods, long stage names, stage chains, deep nesting, control
/// characters in names and values.
/// Invariants per input: no exception escapes and no CL0099; the JSON report parses; every span lies inside
/// the file; the same input gives the same bytes twice; no input takes over 5 s or allocates over 1.5 GB;
/// for one input in eight, every human-readable format holds no raw control character and checkstyle parses.
/// A configuration input either loads or fails with a <see cref="ConfigurationException"/> at a position.
/// </summary>
public sealed class MutationFuzzer
{
    private static readonly string[] Tokens =
    [
        "\n# escape=`\n", "# escape=\\\n", "# escape=x\n", "# syntax=docker/dockerfile:1\n", "# check=skip=all\n", "\n# containerlint ignore=CL2001 -- x\n",
        "<<EOF\n", "<<-EOF\n", "<<'EOF'\n", "<<\"E O\"", "\nEOF\n", "\\\n", "`\n", "\\", "`", "\"", "'", "\r", "\r\n", "\t", "\u2028", "\u0085", "\uFEFF",
        "$(", "${A:-", "${A:+${B}}", "}", "$((", "`id`", "&& ", "|| ", "| sh", "; ", "#", " --mount=type=secret,id=x ", " --from=0 ", " --chmod=7777 ",
        "FROM scratch AS a\n", "ONBUILD ", "ARG A=${A}\n", "ENV A=1 B=\"2\n", "RUN [\"a\", ", "CMD [\"\\u0000\"]\n", "HEALTHCHECK CMD ", "COPY --from=a / /\n",
        "&a ", "*a", "<<: *a", "&b [", "*b", "!!python/object/apply:os.system ", "!<tag:yaml.org,2002:js/function> ", "!!binary ", "? ", "- ", ": ", "|\n  ", ">-\n  ",
        "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:x,2024:\n", "{{", "}}", "{{ .Values.image }}", "{{- if .x }}", "[", "]", "{", "}", ",",
        "privileged: true\n", "containers:\n", "  - name: c\n", "securityContext: ", "hostPath: {path: /}\n", "services:\n", "apiVersion: v1\nkind: Pod\n",
        "\"apiVersion\": \"v1\", ", "[[[[[[[[[[[[[[[[", "{{{{{{{{{{{{{{{{", "\0", "\xff",
    ];

    /// <summary>The name configuration seeds are fuzzed under (loaded with <see cref="ConfigurationFile.Parse"/>, not linted).</summary>
    public const string ConfigurationName = ".containerlint.yaml";

    private static readonly string[] ConfigurationSeeds =
    [
        "disable: [CL1020, CL2001]\nseverity: {CL1001: note, CL2005: none}\npolicy: all\n",
        "secretNamePatterns: [\"*_SEED\", \"MY_*_KEY\"]\nignorePaths:\n  - vendor\n  - \"**/*.test.yaml\"\nbuildArgs: {TAG: \"1.2\"}\n",
        "trustedRegistries: [mcr.microsoft.com]\ntarget: runtime\neolReferenceDate: 2025-01-31\nallowInlineSuppressions: false\n",
    ];

    private readonly LintEngine _engine = LintEngine.CreateDefault();
    private readonly LintRunner _runner;
    private readonly IReadOnlyList<FuzzSeed> _seeds;

    public MutationFuzzer(IReadOnlyList<FuzzSeed> seeds)
    {
        if (seeds.Count == 0) throw new ArgumentException("no seeds", nameof(seeds));
        _seeds = seeds;
        var configuration = LintConfiguration.Default with { Policy = Policies.All };
        _runner = new LintRunner(_engine, _ => configuration);
    }

    /// <summary>Seeds from the vendored BuildKit and PSS corpora and the repository's samples (a missing corpus fails).</summary>
    public static IReadOnlyList<FuzzSeed> LoadSeeds()
    {
        var seeds = new List<FuzzSeed>();
        foreach (var file in Directory.EnumerateFiles(Repo.Data("buildkit-parser"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("Dockerfile", StringComparison.Ordinal) || name is "result" or "wordsTest" or "envVarTest") seeds.Add(new("Dockerfile", File.ReadAllBytes(file)));
        }

        foreach (var file in Directory.EnumerateFiles(Repo.Data("pss"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            seeds.Add(new("pod.yaml", File.ReadAllBytes(file)));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "samples"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var kind = FileClassifier.FromName(name, out var manifest);
            if (kind is FileKind.Dockerfile) seeds.Add(new("Dockerfile", File.ReadAllBytes(file)));
            else if (kind is FileKind.Compose) seeds.Add(new("compose.yaml", File.ReadAllBytes(file)));
            else if (manifest) seeds.Add(new(name.EndsWith(".json", StringComparison.Ordinal) ? "pod.json" : "pod.yaml", File.ReadAllBytes(file)));
        }

        if (seeds.Count(s => s.Name == "Dockerfile") < 20 || seeds.Count(s => s.Name == "pod.yaml") < 20) throw new InvalidDataException("fuzz corpus too small");
        // Repeated so a campaign picks a configuration about one time in ten.
        for (var copy = 0; copy < 8; copy++) seeds.AddRange(ConfigurationSeeds.Select(c => new FuzzSeed(ConfigurationName, Encoding.UTF8.GetBytes(c))));
        return seeds;
    }

    public FuzzStats Run(int seed, TimeSpan budget, int maxFailures = 20, Action<FuzzFailure>? onFailure = null)
    {
        var random = new Random(seed);
        var failures = new List<FuzzFailure>();
        var problems = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        long executions = 0;
        while (clock.Elapsed < budget && failures.Count < maxFailures)
        {
            var (name, input) = Next(random);
            executions++;
            if (Check(name, input) is { } problem)
            {
                // One report per distinct problem (first line), so a campaign lists bugs, not repeats.
                var key = name + ":" + problem.Split('\n')[0];
                if (problems.Add(key))
                {
                    var failure = new FuzzFailure(name, Minimize(name, input), problem);
                    failures.Add(failure);
                    onFailure?.Invoke(failure);
                }
            }
        }

        return new FuzzStats(seed, executions, clock.Elapsed, failures);
    }

    /// <summary>The invariants for one input; null when they all hold.</summary>
    public string? Check(string name, byte[] input)
    {
        try
        {
            if (name == ConfigurationName) return CheckConfiguration(input);
            var clock = Stopwatch.StartNew();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var first = Lint(name, input);
            if (clock.Elapsed.TotalSeconds > 5) return $"slow: {clock.Elapsed.TotalSeconds:0.0}s";
            if (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore > 1_500_000_000) return "allocated over 1.5 GB";
            if (first.Result.Findings.FirstOrDefault(f => f.RuleId == DiagnosticIds.InternalError) is { } internalError) return "CL0099 " + internalError.Message;
            var text = SourceDecoder.Decode(input, out _, out _);
            var source = new SourceText(text ?? "");
            foreach (var f in first.Result.Findings)
            {
                if (Core.Model.SourceSpan.FileStart == f.Span) continue;
                if (ContainerLint.Hardening.Tests.Lint.SpanProblem(f, source) is { } bad) return "span outside the file: " + bad;
            }

            try
            {
                Newtonsoft.Json.Linq.JToken.Parse(first.Json);
            }
            catch (Newtonsoft.Json.JsonException ex)
            {
                return "invalid JSON: " + ex.Message;
            }

            var second = Lint(name, input);
            if (!string.Equals(first.Json, second.Json, StringComparison.Ordinal)) return "not deterministic";
            return (input.Length + first.Result.Findings.Count) % 8 == 0 ? CheckHumanFormats(first.Result, source) : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"{ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}";
        }
    }

    /// <summary>A configuration either loads or is refused with a positioned message, quickly.</summary>
    private string? CheckConfiguration(byte[] input)
    {
        var text = SourceDecoder.Decode(input, out _, out _);
        if (text is null) return null;
        var clock = Stopwatch.StartNew();
        try
        {
            ConfigurationFile.Parse(text, "/fuzz/" + ConfigurationName, _engine.Catalog);
        }
        catch (ConfigurationException ex)
        {
            if (!ex.Message.StartsWith("/fuzz/" + ConfigurationName + "(", StringComparison.Ordinal)) return "configuration error without a position: " + ex.Message;
        }

        return clock.Elapsed.TotalSeconds > 5 ? $"slow configuration: {clock.Elapsed.TotalSeconds:0.0}s" : null;
    }

    /// <summary>Text, msbuild, checkstyle and github output: no raw control character (the file's are escaped), and checkstyle is XML.</summary>
    private string? CheckHumanFormats(FileResult result, SourceText source)
    {
        foreach (var format in new[] { ReportFormats.Text, ReportFormats.MSBuild, ReportFormats.Checkstyle, ReportFormats.GitHub })
        {
            var output = Reports.Write(ReportFormats.Create(format)!, result, _engine.Catalog, source);
            if (Reports.RawControl(output) is { } bad) return $"{format} output holds raw U+{(int)bad:X4}";
            if (format == ReportFormats.Checkstyle)
            {
                try
                {
                    System.Xml.Linq.XDocument.Parse(output);
                }
                catch (System.Xml.XmlException ex)
                {
                    return "invalid checkstyle XML: " + ex.Message;
                }
            }
        }

        return null;
    }

    private (FileResult Result, string Json) Lint(string name, byte[] input)
    {
        var result = _runner.LintOne(new LintTarget(null, name, ExplicitlyGiven: true) { Content = input });
        return (result, Reports.Write(new JsonReporter(), result, _engine.Catalog));
    }

    private (string Name, byte[] Input) Next(Random random)
    {
        var seed = _seeds[random.Next(_seeds.Count)];
        var data = new List<byte>(seed.Bytes);
        var mutations = 1 + random.Next(6);
        for (var m = 0; m < mutations; m++) Mutate(data, random, seed.Name);
        return (seed.Name, data.ToArray());
    }

    private void Mutate(List<byte> data, Random random, string name)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
        switch (random.Next(9))
        {
            case 7 or 8:
                // A structure-aware block, inserted at a line start so the parsers take it as written.
                var lineStart = at;
                while (lineStart > 0 && data[lineStart - 1] != (byte)'\n') lineStart--;
                data.InsertRange(lineStart, Encoding.UTF8.GetBytes(Structured(random, name)));
                break;
            case 0 when data.Count > 0:
                data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                data.Insert(at, (byte)random.Next(256));
                break;
            case 2 when data.Count > 0:
                var length = Math.Min(data.Count - Math.Min(at, data.Count - 1), 1 + random.Next(16));
                data.RemoveRange(Math.Min(at, data.Count - 1), length);
                break;
            case 3:
                var other = _seeds[random.Next(_seeds.Count)].Bytes;
                if (other.Length == 0) break;
                var from = random.Next(other.Length);
                var count = Math.Min(other.Length - from, 1 + random.Next(200));
                data.InsertRange(at, other.AsSpan(from, count).ToArray());
                break;
            case 4 when data.Count > 1:
                // Duplicate a line-sized chunk in place: repeats keys, instructions and nesting.
                var start = Math.Min(at, data.Count - 1);
                var chunk = data.GetRange(start, Math.Min(data.Count - start, 1 + random.Next(80)));
                for (var r = random.Next(1, 4); r > 0; r--) data.InsertRange(start, chunk);
                break;
            default:
                var token = Tokens[random.Next(Tokens.Length)];
                var bytes = token == "\xff" ? [0xff] : Encoding.UTF8.GetBytes(token);
                data.InsertRange(at, bytes);
                break;
        }
    }

    /// <summary>Shrinks a failing input by deleting chunks while the same problem (first line) remains.</summary>
    private byte[] Minimize(string name, byte[] input)
    {
        var problem = Check(name, input)?.Split('\n')[0];
        if (problem is null) return input;
        var current = input;
        var clock = Stopwatch.StartNew();
        for (var chunk = Math.Max(current.Length / 2, 1); chunk >= 1 && clock.Elapsed.TotalSeconds < 10; chunk /= 2)
        {
            for (var i = 0; i + chunk <= current.Length && clock.Elapsed.TotalSeconds < 10;)
            {
                var candidate = current[..i].Concat(current[(i + chunk)..]).ToArray();
                if (Check(name, candidate)?.Split('\n')[0] == problem) current = candidate;
                else i += chunk;
            }
        }

        return current;
    }

    private static readonly string[] ControlCharacters = ["\u001b]0;t\u0007", "\u001b[2J", "\u0000", "\u0001", "\u007f", "\u009b", "\u202e", "\u2028", "\r", "\ud800"];

    /// <summary>A block that reaches one of issue #15's paths, sized so a campaign still runs thousands of inputs.</summary>
    private static string Structured(Random random, string name)
    {
        var n = random.Next(2, random.Next(4) == 0 ? 400 : 40);
        var control = ControlCharacters[random.Next(ControlCharacters.Length)];
        var word = new string((char)('a' + random.Next(26)), random.Next(1, random.Next(10) == 0 ? 20_000 : 300));
        var sb = new StringBuilder();
        if (name == ConfigurationName)
        {
            switch (random.Next(4))
            {
                case 0: sb.Append("disable:\n  ").Append(string.Concat(Enumerable.Repeat("- ", n * 10))).Append("x\n"); break;
                case 1: sb.Append("severity: ").Append(string.Concat(Enumerable.Repeat("{a: ", n * 10))).Append('\n'); break;
                case 2: sb.Append("secretNamePatterns: [\"").Append(string.Concat(Enumerable.Repeat("*A", n))).Append("*B").Append(control).Append("\"]\n"); break;
                default: sb.Append("disable: [CL1020\npolicy: ").Append(word).Append('\n'); break;
            }

            return sb.ToString();
        }

        if (name == "Dockerfile")
        {
            switch (random.Next(8))
            {
                case 0: sb.Append("ENV A=xxxxxxxxxxxxxxxx\n"); for (var i = 0; i < Math.Min(n, 30); i++) sb.Append(random.Next(2) == 0 ? "ENV A=$A$A\n" : "ARG A=${A}${A:-$A}\n"); break;
                case 1: sb.Append("ARG Y=").Append(word).Append("\nENV X=${Y").Append("#%/"[random.Next(3)]).Append(string.Concat(Enumerable.Repeat("*a", n))).Append("?b}\n"); break;
                case 2: sb.Append("RUN echo ").Append(string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "$(echo " : "`echo ", n))).Append(word).Append(random.Next(3) == 0 ? "" : new string(')', n)).Append('\n'); break;
                case 3: for (var i = 0; i < n * 5; i++) sb.Append("# containerlint ignore=CL").Append(1000 + random.Next(9000)).Append(" -- r\n"); break;
                case 4: sb.Append("FROM alpine:3.20 AS ").Append(word).Append("\nCOPY --from=").Append(word).Append(random.Next(2) == 0 ? "x" : "").Append(" /a /b\n"); break;
                case 5: for (var i = 0; i < n * 5; i++) sb.Append("FROM s").Append(i).Append(" AS s").Append(i + 1).Append('\n'); break;
                case 6: sb.Append("ENV DB_PASSWORD=\"").Append(control).Append(word).Append("\" API_TOKEN ").Append(control).Append('\n'); break;
                default: sb.Append(word).Append(control).Append(" ").Append(control).Append('\n'); break;
            }

            return sb.ToString();
        }

        switch (random.Next(4))
        {
            case 0: for (var i = 0; i < n * 5; i++) sb.Append("  # containerlint ignore=CL").Append(2000 + random.Next(8000)).Append(" -- r\n"); break;
            case 1: sb.Append("x: ").Append(string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "[" : "{a: ", n * 20))).Append('\n'); break;
            case 2: for (var i = 0; i < Math.Min(n * 10, 900); i++) sb.Append(new string(' ', 2 * i)).Append("k:\n"); break;
            default: sb.Append("  name: \"").Append(word).Append(control.Replace("\u001b", "\\e", StringComparison.Ordinal)).Append("\"\n  value: ").Append(control).Append('\n'); break;
        }

        return sb.ToString();
    }
}
