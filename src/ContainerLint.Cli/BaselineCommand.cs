namespace ContainerLint.Cli;

using System.CommandLine;
using System.Globalization;
using ContainerLint.Core.Baselines;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.IO;
using ContainerLint.Core.Reporting;

/// <summary>A finished lint: its report (findings still readable) and whether some input could not be read.</summary>
internal sealed record LintedRun(LintReport Report, bool InputFailed);

/// <summary>
/// <c>containerlint baseline [PATH...]</c> writes <c>.containerlint-baseline.json</c> from the current findings, and
/// the lint applies the baseline it finds (<c>--baseline FILE</c>, else the nearest one above the working folder;
/// <c>--no-baseline</c>: none).
/// </summary>
internal static class BaselineCommand
{
    public const string Name = "baseline";

    /// <summary>How many stale entries are listed one by one on standard error before the rest are counted.</summary>
    private const int ListedStale = 20;

    public static Command Create(CliHost host, TextReader stdin)
    {
        var options = new LintOptions();
        var command = new Command(Name,
            "Write .containerlint-baseline.json: the current findings, accepted as existing debt, so later runs report only new ones. " +
            "Rewrites the file found as lint finds it (or --output FILE), dropping entries no finding matches any more and keeping those for files not linted now.");
        options.AddTo(command, forBaseline: true);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            var request = options.Read(parse) with { NoBaseline = true };
            return new LintCommand(host, stdin, output, error).Execute(request, (r, run) => Write(host, r, run, output, error));
        });
        return command;
    }

    /// <summary>Applies the run's baseline to <paramref name="report"/>; null when there is none.</summary>
    /// <exception cref="ConfigurationException">The baseline named or found cannot be read (exit code 2).</exception>
    public static BaselinedFindings? Apply(LintRequest request, CliHost host, ref LintReport report)
    {
        if (request.NoBaseline) return null;
        string? path;
        if (request.Baseline is { } given)
        {
            path = Path.GetFullPath(Path.Combine(host.WorkingDirectory, given));
            if (!File.Exists(path)) throw new ConfigurationException($"{given}: baseline file not found");
        }
        else
        {
            path = Baseline.Find(host.WorkingDirectory);
        }

        if (path is null) return null;
        report = BaselinedFindings.Apply(report, Baseline.Load(path), out var findings);
        return findings;
    }

    /// <summary>One line per baseline entry that no longer matches (the first <see cref="ListedStale"/>), after a line saying what to do.</summary>
    public static void ReportStale(BaselinedFindings findings, TextWriter stderr)
    {
        var stale = findings.Stale;
        if (stale.Count == 0) return;
        stderr.WriteLine($"containerlint: {Count(stale.Count, "baseline entry no longer matches", "baseline entries no longer match")} a finding (fixed or changed); run `containerlint baseline` to drop {(stale.Count == 1 ? "it" : "them")}:");
        foreach (var e in stale.Take(ListedStale)) stderr.WriteLine($"  {ShownText.Escape(e.File)}:{e.Line}  {ShownText.Escape(e.RuleId)}  {ShownText.Escape(e.Message)}");
        if (stale.Count > ListedStale) stderr.WriteLine($"  … and {stale.Count - ListedStale} more");
    }

    private static int Write(CliHost host, LintRequest request, LintedRun run, TextWriter stdout, TextWriter stderr)
    {
        if (run.InputFailed)
        {
            // An unreadable file would lose its entries: better no baseline than a wrong one.
            stderr.WriteLine("containerlint: baseline not written: some inputs could not be read (see above)");
            return CommandLineApp.ExitUsage;
        }

        var path = request.Output is { } output
            ? Path.GetFullPath(Path.Combine(host.WorkingDirectory, output))
            : Baseline.Find(host.WorkingDirectory) ?? Path.Combine(host.WorkingDirectory, Baseline.FileName);
        var existing = File.Exists(path) ? Baseline.Load(path) : new Baseline { Path = path };
        var current = BaselinedFindings.EntriesOf(run.Report, existing.Directory).ToList();
        var linted = BaselinedFindings.LintedFiles(run.Report, existing).ToHashSet(StringComparer.Ordinal);
        var kept = existing.Entries.Where(e => !linted.Contains(e.File));
        var entries = Baseline.Sort(kept.Concat(current));

        static (string, string, string) Key(BaselineEntry e) => (e.File, e.RuleId, e.Fingerprint);
        var before = existing.Entries.Select(Key).ToHashSet();
        var after = entries.Select(Key).ToHashSet();
        var added = after.Count(k => !before.Contains(k));
        var dropped = before.Count(k => !after.Contains(k));
        try
        {
            AtomicFile.Write(path, writer => Baseline.Write(writer, entries), host.WorkingDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"containerlint: cannot write {ShownText.Escape(path)}: {ex.Message}");
            return CommandLineApp.ExitUsage;
        }

        var shown = ShownText.Escape(Path.GetRelativePath(host.WorkingDirectory, path).Replace('\\', '/'));
        stdout.WriteLine($"containerlint: wrote {shown}: {Count(entries.Count, "finding", "findings")} ({added.ToString(CultureInfo.InvariantCulture)} added, {dropped.ToString(CultureInfo.InvariantCulture)} no longer found and dropped)");
        return CommandLineApp.ExitClean;
    }

    private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
