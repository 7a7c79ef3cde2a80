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
/// A small deterministic mutation fuzzer over the Dockerfile, Kubernetes and Compose front ends
/// (SharpFuzz is not in the package mirror). Each input is a corpus seed with 1–6 mutations: byte
/// flips, insertions, deletions, splices of other seeds, and tokens the parsers treat specially
/// (directives, heredoc markers, escapes, quotes, anchors, aliases, tags, template braces).
/// Invariants per input: no exception escapes and no CL0099; the JSON report parses; every span
/// lies inside the file; the same input gives the same bytes twice; no input takes over 5 s.
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
            var clock = Stopwatch.StartNew();
            var first = Lint(name, input);
            if (clock.Elapsed.TotalSeconds > 5) return $"slow: {clock.Elapsed.TotalSeconds:0.0}s";
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
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"{ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}";
        }
    }

    private (FileResult Result, string Json) Lint(string name, byte[] input)
    {
        var result = _runner.LintOne(new LintTarget(null, name, ExplicitlyGiven: true) { Content = input });
        var report = new LintReport
        {
            ToolName = "containerlint",
            ToolVersion = "0.0.0",
            Files = result.Skipped ? [] : [new ReportedFile(result.Path, result.Kind)],
            Findings = ReportFindings.InMemory(result.Findings),
            Catalog = _engine.Catalog,
            IncludeSuppressed = true,
        };
        var writer = new StringWriter { NewLine = "\n" };
        new JsonReporter().Write(report, writer);
        return (result, writer.ToString());
    }

    private (string Name, byte[] Input) Next(Random random)
    {
        var seed = _seeds[random.Next(_seeds.Count)];
        var data = new List<byte>(seed.Bytes);
        var mutations = 1 + random.Next(6);
        for (var m = 0; m < mutations; m++) Mutate(data, random);
        return (seed.Name, data.ToArray());
    }

    private void Mutate(List<byte> data, Random random)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
        switch (random.Next(7))
        {
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
}
