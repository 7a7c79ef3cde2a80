namespace ContainerLint.Benchmarks;

using BenchmarkDotNet.Attributes;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Text;
using YamlDotNet.Core;

/// <summary>Dockerfile parse and full lint over 200 generated official-image-style files (MB/s column).</summary>
[MemoryDiagnoser]
public class DockerfileBenchmarks
{
    public const int Files = 200;
    private readonly LintEngine _engine = LintEngine.CreateDefault();
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = Enumerable.Range(0, Files).Select(CorpusGenerator.Dockerfile).ToArray();

        // Warmed like the YAML pair below: cold, the first lint call runs in tier-0 code and can exceed the 500 ms
        // iteration time, so the short job would time one unoptimised call per iteration instead of the steady cost.
        for (var i = 0; i < 20; i++)
        {
            Parse();
            Lint();
        }
    }

    [Benchmark(Baseline = true)]
    public int Parse()
    {
        var n = 0;
        foreach (var t in _texts) n += DockerfileParser.Parse(t).GetHashCode() & 1;
        return n;
    }

    [Benchmark]
    public int Lint()
    {
        var n = 0;
        foreach (var t in _texts) n += _engine.Lint(new LintInput("Dockerfile", new SourceText(t)), FileKind.Dockerfile, LintConfiguration.Default).Findings.Count;
        return n;
    }
}

/// <summary>YAML: ContainerLint's parse-and-lint against a bare YamlDotNet Parser event loop over the same 200 manifests.</summary>
[MemoryDiagnoser]
public class YamlBenchmarks
{
    public const int Files = 200;
    private readonly LintEngine _engine = LintEngine.CreateDefault();
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = Enumerable.Range(0, Files).Select(CorpusGenerator.Manifest).ToArray();

        // Both sides warmed alike before BenchmarkDotNet's first call. The lint's code is far larger than the parser's:
        // cold, its first call took over BenchmarkDotNet's 500 ms iteration time on this 2-core VM, so the short job ran
        // one call per iteration in mostly unoptimised (tier-0) code, not the steady per-file cost this compares.
        for (var i = 0; i < 20; i++)
        {
            BareYamlDotNetParse();
            ParseAndLint();
        }
    }

    [Benchmark(Baseline = true)]
    public int BareYamlDotNetParse()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            var parser = new Parser(new StringReader(t));
            while (parser.MoveNext()) n++;
        }

        return n;
    }

    [Benchmark]
    public int ParseAndLint()
    {
        var n = 0;
        foreach (var t in _texts) n += _engine.Lint(new LintInput("app.yaml", new SourceText(t)), FileKind.Kubernetes, LintConfiguration.Default).Findings.Count;
        return n;
    }
}

/// <summary>Engine overhead per file: a one-line Dockerfile through the engine, and through the runner (decode and classify too).</summary>
[MemoryDiagnoser]
public class EngineOverheadBenchmarks
{
    private static readonly byte[] Tiny = "FROM scratch\n"u8.ToArray();
    private readonly LintEngine _engine = LintEngine.CreateDefault();
    private LintRunner _runner = null!;

    [GlobalSetup]
    public void Setup() => _runner = new LintRunner(_engine, _ => LintConfiguration.Default);

    [Benchmark(Baseline = true)]
    public int ParseOnly() => DockerfileParser.Parse("FROM scratch\n").GetHashCode() & 1;

    [Benchmark]
    public int EngineLint() => _engine.Lint(new LintInput("Dockerfile", new SourceText("FROM scratch\n")), FileKind.Dockerfile, LintConfiguration.Default).Findings.Count;

    [Benchmark]
    public int RunnerLintOne() => _runner.LintOne(new LintTarget(null, "Dockerfile", ExplicitlyGiven: true) { Content = Tiny }).Findings.Count;

    [Benchmark]
    public int RuleCount() => _engine.Rules.Count(r => r is not null);
}
