namespace ContainerLint.Core.Tests.Reporting;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Discovery;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Reporting;

/// <summary>
/// Issue #7: while a streamed report is being written, the live heap does not hold the run's
/// findings. Measured against the list-returning run on the same files, so the bound calibrates
/// itself to what holding every finding costs. Runs alone: other tests' allocations would blur the heap samples.
/// </summary>
[Collection(nameof(FlatMemoryTests))]
public sealed class FlatMemoryTests
{
    private const string Insecure = "FROM ubuntu\nRUN apt-get update && apt-get install -y curl sudo\nRUN curl -k https://x.example/{0}.sh | sh\nADD app /app\nRUN chmod 777 /app && wget --no-check-certificate https://x.example/{0}\nEXPOSE 22\nCMD python app.py\n";

    [Fact]
    public void LiveHeapWhileReportingGrowsFarLessPerFileThanHoldingTheFindings()
    {
        var root = Directory.CreateTempSubdirectory("containerlint-flat-");
        try
        {
            var (few, many) = (100, 1100);
            for (var i = 0; i < many; i++)
            {
                var dir = Directory.CreateDirectory(Path.Combine(root.FullName, i < few ? "few" : "more", i.ToString("D4", CultureInfo.InvariantCulture)));
                File.WriteAllText(Path.Combine(dir.FullName, "Dockerfile"), string.Format(CultureInfo.InvariantCulture, Insecure, i));
            }

            var streamedFew = StreamedPeak(root.FullName, ["few"]);
            var streamedMany = StreamedPeak(root.FullName, ["few", "more"]);
            var heldFew = HeldFindings(root.FullName, ["few"]);
            var heldMany = HeldFindings(root.FullName, ["few", "more"]);

            var streamedPerFile = (double)(streamedMany - streamedFew) / (many - few);
            var heldPerFile = (double)(heldMany - heldFew) / (many - few);
            Assert.True(heldPerFile > 2_000, $"the corpus should give several findings per file (held {heldPerFile:0} bytes per file)");
            Assert.True(streamedPerFile < heldPerFile / 3, $"streamed: {streamedPerFile:0} bytes per file while reporting; holding the findings: {heldPerFile:0}");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>The largest live heap seen while a streamed JSON report is written.</summary>
    private static long StreamedPeak(string root, string[] paths)
    {
        var (runner, targets) = Setup(root, paths);

        // The temp file from the first finding on: what the spool keeps in memory before it makes one is a constant
        // (FindingSpool.DefaultMemoryLimit), not a share per file, and this measures the share per file.
        using var spool = new FindingSpool(memoryLimit: 0);
        var run = runner.Run(targets, spool, maxDegreeOfParallelism: 1);
        spool.Complete(run.Files.Select(f => f.Path).ToList(), run.CrossFile);
        var report = LintReportBuilder.Create("1.0.0", RuleCatalog.Default, targets, run.Files, spool, root, true);
        using var probe = new HeapProbe();
        new JsonReporter().Write(report, probe);
        Assert.True(probe.Length > 1000 * paths.Length, "the report should have findings");
        return probe.Peak;
    }

    /// <summary>The live heap with every finding held, as the list-returning run and in-memory report do.</summary>
    private static long HeldFindings(string root, string[] paths)
    {
        var (runner, targets) = Setup(root, paths);
        var results = runner.Run(targets, maxDegreeOfParallelism: 1);
        var report = LintReportBuilder.Create("1.0.0", RuleCatalog.Default, targets, results, root, true);
        var live = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(report);
        return live;
    }

    private static (LintRunner Runner, IReadOnlyList<LintTarget> Targets) Setup(string root, string[] paths)
    {
        var resolver = new ConfigurationResolver(RuleCatalog.Default, new ConfigurationOverrides());
        var targets = new FileDiscovery(root, resolver).Discover(paths).Targets;
        foreach (var t in targets) resolver.For(t.FullPath);
        return (new LintRunner(LintEngine.CreateDefault(), resolver.For), targets);
    }

    /// <summary>A writer that forgets what it is given but samples the live heap every 16K chars.</summary>
    private sealed class HeapProbe : TextWriter
    {
        private long _sinceSample;

        public long Peak { get; private set; }

        public long Length { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Count(1);

        public override void Write(string? value) => Count(value?.Length ?? 0);

        public override void Write(char[] buffer, int index, int count) => Count(count);

        private void Count(int n)
        {
            Length += n;
            _sinceSample += n;
            if (_sinceSample < 16_384) return;
            _sinceSample = 0;
            Peak = Math.Max(Peak, GC.GetTotalMemory(forceFullCollection: true));
        }
    }
}

[CollectionDefinition(nameof(FlatMemoryTests), DisableParallelization = true)]
public sealed class FlatMemoryCollection;
