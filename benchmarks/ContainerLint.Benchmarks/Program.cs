using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ContainerLint.Benchmarks;

// `generate DIR [dockerfiles] [manifests]` writes the comparison corpus; anything else runs BenchmarkDotNet.
if (args.Length > 0 && args[0] == "generate")
{
    var dockerfiles = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000;
    var manifests = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 500;
    CorpusGenerator.Write(args[1], dockerfiles, manifests);
    Console.WriteLine($"wrote {dockerfiles} Dockerfiles and {manifests} manifests under {args[1]}");
    return 0;
}

// CONTAINERLINT_BASELINE_CORE=DIR (build/bench-against.sh): two jobs in one run, this checkout's Core and the Core in DIR
// (built from another revision), the latter marked as the baseline so the Ratio column compares them.
var baselineCore = Environment.GetEnvironmentVariable("CONTAINERLINT_BASELINE_CORE");
// Two builds compared in one run need a warm JIT: one operation lints ~1,000 files, and ShortRun's 3 warm-up operations
// leave the larger build in lower tiers (the current build measured 1.68x slower than 73a05bc that way; warm, see docs).
// Each job runs in three processes (CONTAINERLINT_BENCH_LAUNCHES to change): one process's speed varies from launch to
// launch (JIT tiering, heap layout), and a single launch per job moved the ratio between 1.19x and 2.16x in three runs.
var launches = int.TryParse(Environment.GetEnvironmentVariable("CONTAINERLINT_BENCH_LAUNCHES"), CultureInfo.InvariantCulture, out var l) && l > 0 ? l : 3;
var compared = Job.ShortRun.WithWarmupCount(15).WithIterationCount(15).WithLaunchCount(launches);
Job[] jobs = baselineCore is null
    ? [Job.ShortRun.WithId("short")]
    :
    [
        compared.WithId("baseline").WithArguments([new MsBuildArgument($"/p:ContainerLintCoreDirectory={baselineCore}")]).AsBaseline(),
        compared.WithId("current"),
    ];
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(jobs)
    .AddColumn(new ThroughputColumn())
    .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
BenchmarkSwitcher.FromAssembly(typeof(CorpusGenerator).Assembly).Run(args, config);
return 0;
