namespace ContainerLint.Hardening.Tests;

using System.Diagnostics;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;
using ContainerLint.Tests.Shared;

/// <summary>The repository root, found by walking up to ContainerLint.sln, and the test data vendored under tests/data.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>A folder under tests/data; the test fails (never skips) when it is missing.</summary>
    public static string Data(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "tests", "data", relative));
        if (!Directory.Exists(path)) throw new DirectoryNotFoundException("vendored test data missing (build/refresh-test-data.sh restores it): " + path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContainerLint.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("ContainerLint.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clh-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Makes a FIFO at <paramref name="path"/> (a file no one can read to its end).</summary>
    public static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    public string WriteBytes(string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A tree deeper than the system's path limit cannot be deleted by path; rm works folder by folder.
            // Best effort: a leftover temp folder must not fail a test.
            using var rm = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("rm", ["-rf", Path]) { UseShellExecute = false });
            rm?.WaitForExit();
        }
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// The real CLI as a process, as users run it (issue #11): CONTAINERLINT_CLI names the executable (CI: the
/// Native AOT tool), else the framework-dependent build beside the tests runs with <c>dotnet</c>.
/// </summary>
public static class Cli
{
    private static readonly Lazy<CliBinary> Binary = new(() => CliBinary.Resolve("CONTAINERLINT_CLI", "containerlint"));

    public static CliResult Run(string workingDirectory, params string[] args)
    {
        var (code, stdout, stderr) = Binary.Value.Run(workingDirectory, "", new Dictionary<string, string>(), args, TimeSpan.FromMinutes(5));
        return new CliResult(code, stdout, stderr);
    }
}

/// <summary>Lints text in memory through the runner, the way the CLI does (decode, classify, lint).</summary>
public static class Lint
{
    private static readonly LintEngine Engine = LintEngine.CreateDefault();

    public static FileResult Bytes(string name, byte[] content, string policy = Policies.Recommended)
    {
        var configuration = LintConfiguration.Default with { Policy = policy };
        var runner = new LintRunner(Engine, _ => configuration);
        return runner.LintOne(new LintTarget(null, name, ExplicitlyGiven: true) { Content = content });
    }

    public static FileResult Text(string name, string content, string policy = Policies.Recommended) =>
        Bytes(name, System.Text.Encoding.UTF8.GetBytes(content), policy);

    public static IEnumerable<Finding> Diagnostics(this FileResult result) => result.Findings.Where(f => f.RuleId.StartsWith("CL0", StringComparison.Ordinal));

    /// <summary>Every finding's span lies inside the decoded text (1 ≤ line ≤ line count, columns within the line + 1, start ≤ end).</summary>
    public static string? SpanProblem(Finding f, SourceText text)
    {
        var s = f.Span;
        if (s.Line < 1 || s.EndLine < s.Line || s.EndLine > text.LineCount) return $"{f.RuleId} {s}: line outside 1..{text.LineCount}";
        if (s.Column < 1 || s.Column > text.GetLine(s.Line).Length + 1) return $"{f.RuleId} {s}: column outside line {s.Line} (length {text.GetLine(s.Line).Length})";
        if (s.EndColumn < 1 || s.EndColumn > text.GetLine(s.EndLine).Length + 1) return $"{f.RuleId} {s}: end column outside line {s.EndLine} (length {text.GetLine(s.EndLine).Length})";
        if (s.Line == s.EndLine && s.EndColumn < s.Column) return $"{f.RuleId} {s}: end before start";
        return null;
    }
}

/// <summary>
/// A hang and blow-up guard around one hostile case: generous wall-clock and allocation bounds
/// (this is not a benchmark; 2 slow cores must pass with a wide margin).
/// </summary>
public static class Guard
{
    public static T Bounded<T>(Func<T> action, double seconds = 20, long allocatedMegabytes = 2_000)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = action();
        clock.Stop();
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / (1024 * 1024);
        Assert.True(clock.Elapsed.TotalSeconds < seconds, $"took {clock.Elapsed.TotalSeconds:0.0}s, bound {seconds}s");
        Assert.True(allocated < allocatedMegabytes, $"allocated {allocated} MB, bound {allocatedMegabytes} MB");
        return result;
    }
}

/// <summary>One linted file written in a format, as the CLI would write it, and what a human-readable format must never hold.</summary>
public static class Reports
{
    public static string Write(Core.Reporting.IReporter reporter, FileResult result, Core.Catalog.RuleCatalog catalog, SourceText? source = null)
    {
        var report = new Core.Reporting.LintReport
        {
            ToolName = "containerlint",
            ToolVersion = "0.0.0",
            Files = result.Skipped ? [] : [new Core.Reporting.ReportedFile(result.Path, result.Kind)],
            Findings = Core.Reporting.ReportFindings.InMemory(result.Findings),
            Catalog = catalog,
            IncludeSuppressed = true,
            GetSource = _ => source,
        };
        var writer = new StringWriter { NewLine = "\n" };
        reporter.Write(report, writer);
        return writer.ToString();
    }

    /// <summary>The first raw control character, line or paragraph separator or direction override in <paramref name="output"/>, or null (line feeds and tabs are fine).</summary>
    public static char? RawControl(string output)
    {
        foreach (var c in output)
        {
            if ((c < ' ' && c is not '\n' and not '\t') || c is '\u007f' or '\u2028' or '\u2029' or '\u202e') return c;
        }

        return null;
    }
}
