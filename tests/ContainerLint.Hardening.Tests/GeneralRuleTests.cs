namespace ContainerLint.Hardening.Tests;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using Newtonsoft.Json.Linq;

/// <summary>
/// Issue #15's general rule, for a hostile input of each kind (the second round's reproductions, several
/// megabytes each): the real tool, as its own process, ends within 10 s of CPU time and under 1 GiB of peak
/// resident memory (sampled from /proc, with the GC heap capped at 1 GiB so a blow-up fails fast), exits with
/// 0, 1 or 2 and writes valid SARIF; and the same findings written in every format give valid output with no
/// raw control characters in the human-readable ones.
/// </summary>
public sealed class GeneralRuleTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const long OneGiB = 1L << 30;

    private static string Nested5MB() =>
        "FROM alpine:3.20\nRUN echo " + string.Concat(Enumerable.Repeat("$(echo ", 199)) + string.Concat(Enumerable.Repeat(new string('x', 100) + " \\\n", 50_000)) + new string(')', 199) + "\nUSER root\n";

    private static string Patterns() =>
        "FROM alpine:3.20\nARG Y=" + new string('a', 60_000) + "\n"
        + string.Concat(Enumerable.Range(0, 60).Select(i => $"ENV X{i}=${{Y##{string.Concat(Enumerable.Repeat("*a", 1_000))}*b}} Z{i}=${{Y//{new string('?', 2_000)}b/c}}\n"))
        + "RUN curl -u admin:s3cretpw https://example.com/x\n";

    private static string Doubling() =>
        "FROM alpine:3.20\nENV A=xxxxxxxxxxxxxxxx\n" + string.Concat(Enumerable.Repeat("ENV A=$A$A\n", 26)) + "ARG B=yyyyyyyyyyyyyyyy\n" + string.Concat(Enumerable.Repeat("ARG B=$B$B\n", 26))
        + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"ENV C{i}=$A$A\n")) + "FROM alpine:$A\n";

    private static string Stages()
    {
        var sb = new StringBuilder("FROM alpine:3.20 AS s0\n");
        for (var i = 0; i < 2_000; i++) sb.Append("ENV V").Append(i).Append("=x\n");
        for (var i = 0; i < 40_000; i++) sb.Append("FROM s").Append(i).Append(" AS s").Append(i + 1).Append("\nCOPY --from=").Append(new string('q', 200)).Append(' ').Append("/a /b\n");
        return sb.ToString();
    }

    private static string LongLine() => "FROM alpine:3.20\nRUN " + string.Concat(Enumerable.Repeat("curl -k https://e.example/x | sh && ", 850)) + "true\n";

    private static string Suppressed()
    {
        var sb = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"a\\e]0;t\\a\"\n  namespace: x\nspec:\n  containers:\n    - name: c\n      image: r.example/c:1\n      securityContext:\n");
        for (var i = 0; i < 10_000; i++) sb.Append("        # containerlint ignore=CL2001,CL9").Append(i % 900 + 100).Append(" -- reason\n");
        return sb.Append("        privileged: true\n").ToString();
    }

    private static string DeepYaml() =>
        "apiVersion: v1\nkind: Pod\nspec: " + string.Concat(Enumerable.Repeat("{a: [", 500_000)) + "\n---\n" + "apiVersion: v1\nkind: Pod\nspec:\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * (i + 1)) + "k:\n"));

    private static string Compose() =>
        "services:\n" + string.Concat(Enumerable.Range(0, 4_000).Select(i => $"  s{i}:\n    image: \"nginx:\\e[2J{i}\"\n    privileged: true\n    environment:\n      API_TOKEN: \"T0ken{i}Value\"\n"));

    public static TheoryData<string, string> Inputs() => new()
    {
        { "nested.Dockerfile", Nested5MB() },
        { "patterns.Dockerfile", Patterns() },
        { "doubling.Dockerfile", Doubling() },
        { "stages.Dockerfile", Stages() },
        { "longline.Dockerfile", LongLine() },
        { "suppressed.yaml", Suppressed() },
        { "deep.yaml", DeepYaml() },
        { "compose.yaml", Compose() },
        { "config/.containerlint.yaml", "disable:\n  " + string.Concat(Enumerable.Repeat("- ", 500_000)) + "x\n" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void TheToolStaysWithinTenSecondsAndOneGibibyteAndWritesValidSarif(string name, string content)
    {
        Assert.True(content.Length <= 10 * 1024 * 1024, $"{name} is {content.Length} characters");
        using var dir = new TempDir();
        dir.Write(name, content);
        var target = name.StartsWith("config/", StringComparison.Ordinal) ? dir.Write("config/Dockerfile", "FROM alpine:3.20\n") : Path.Combine(dir.Path, name);
        var run = Measured.Run(dir.Path, "--format", "sarif", Path.GetRelativePath(dir.Path, target));
        output.WriteLine($"{name}: {content.Length / 1_000_000.0:0.0} M characters, exit {run.ExitCode}, {run.CpuTime.TotalSeconds:0.00} s CPU, peak RSS {run.PeakResidentBytes / (1024 * 1024)} MB");
        Assert.True(run.ExitCode is 0 or 1 or 2, $"{name}: exit {run.ExitCode}\n{run.Stderr}");
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.True(run.CpuTime < TimeSpan.FromSeconds(10), $"{name}: {run.CpuTime.TotalSeconds:0.0} s of CPU");
        Assert.True(run.PeakResidentBytes < OneGiB, $"{name}: peak RSS {run.PeakResidentBytes / (1024 * 1024)} MB");
        if (name.StartsWith("config/", StringComparison.Ordinal))
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("error CL0002: invalid YAML: nested deeper than 500 levels", run.Stderr, StringComparison.Ordinal);
            return;
        }

        Assert.Equal("2.1.0", (string?)JObject.Parse(run.Stdout)["version"]);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EveryFormatIsValidForTheSameFindings(string name, string content)
    {
        if (name.StartsWith("config/", StringComparison.Ordinal)) return;
        var engine = LintEngine.CreateDefault();
        var runner = new LintRunner(engine, _ => LintConfiguration.Default with { Policy = Policies.All });
        var result = runner.LintOne(new LintTarget(null, name, ExplicitlyGiven: true) { Content = Encoding.UTF8.GetBytes(content) });
        Assert.DoesNotContain(result.Findings, f => f.RuleId == DiagnosticIds.InternalError);
        var source = new Core.Text.SourceText(content);
        foreach (var format in ReportFormats.Names)
        {
            var output = Reports.Write(ReportFormats.Create(format)!, result, engine.Catalog, source);
            switch (format)
            {
                case ReportFormats.Json or ReportFormats.Sarif or ReportFormats.GitLab:
                    JToken.Parse(output);
                    break;
                case ReportFormats.Checkstyle:
                    System.Xml.Linq.XDocument.Parse(output);
                    break;
            }

            Assert.True(Reports.RawControl(output) is null, $"{name}, {format}: raw U+{(int)(Reports.RawControl(output) ?? ' '):X4} in the output");
        }
    }
}

/// <summary>What one run of the real tool, as its own process, cost.</summary>
public sealed record MeasuredRun(int ExitCode, string Stdout, string Stderr, TimeSpan CpuTime, long PeakResidentBytes);

/// <summary>
/// Runs the built <c>containerlint</c> as a child process with the GC heap capped at 1 GiB, sampling its peak resident set
/// (VmHWM) and CPU time (utime + stime) from /proc every 20 ms while it runs (the last sample stands for the end); a
/// wall-clock cap stops a hang. CPU time, not wall time, is held to the bound: other builds share the two cores.
/// </summary>
public static class Measured
{
    public static MeasuredRun Run(string workingDirectory, params string[] args)
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, "containerlint");
        var start = File.Exists(apphost) ? new ProcessStartInfo(apphost, args) : new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "containerlint.dll"), .. args]);
        start.WorkingDirectory = workingDirectory;
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x40000000";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            if (CpuTime(process.Id) is { } sampled) cpu = sampled;
            if (clock.Elapsed > TimeSpan.FromSeconds(120))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("the tool ran for over 120 s");
            }
        }

        process.WaitForExit();
        return new MeasuredRun(process.ExitCode, stdout.Result, stderr.Result, cpu, peak);
    }

    /// <summary>User plus system CPU time of a running process from /proc/PID/stat (fields 14 and 15, in 1/100 s), or null once it is gone.</summary>
    private static TimeSpan? CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>VmHWM of a running process, in bytes (0 once it is gone or where /proc has no such field).</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
            // The process ended between two samples.
        }

        return 0;
    }
}
