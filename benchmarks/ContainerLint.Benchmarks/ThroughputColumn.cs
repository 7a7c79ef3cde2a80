namespace ContainerLint.Benchmarks;

using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

/// <summary>MB/s of input for the corpus benchmarks (the corpus is deterministic, so its size is known here).</summary>
public sealed class ThroughputColumn : IColumn
{
    private static readonly Lazy<double> DockerfileBytes = new(() => Enumerable.Range(0, DockerfileBenchmarks.Files).Sum(i => (double)Encoding.UTF8.GetByteCount(CorpusGenerator.Dockerfile(i))));
    private static readonly Lazy<double> ManifestBytes = new(() => Enumerable.Range(0, YamlBenchmarks.Files).Sum(i => (double)Encoding.UTF8.GetByteCount(CorpusGenerator.Manifest(i))));

    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (10^6 bytes) linted per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var bytes = benchmarkCase.Descriptor.Type == typeof(DockerfileBenchmarks) ? DockerfileBytes.Value
            : benchmarkCase.Descriptor.Type == typeof(YamlBenchmarks) ? ManifestBytes.Value : 0;
        var report = summary[benchmarkCase];
        if (bytes == 0 || report?.ResultStatistics is not { } stats) return "-";
        return (bytes / 1e6 / (stats.Mean / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
