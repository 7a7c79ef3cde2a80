namespace ContainerLint.Cli;

using System.Diagnostics;
using System.Text;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Discovery;
using ContainerLint.Core.Engine;
using ContainerLint.Core.IO;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using ContainerLint.Core.Text;

/// <summary>Runs one lint: options -> configuration -> discovery -> engine -> report -> exit code.</summary>
internal sealed class LintCommand(CliHost host, TextReader stdin, TextWriter stdout, TextWriter stderr)
{
    public int Run(LintRequest request) => Execute(request, Report);

    /// <summary>Lints as <paramref name="request"/> asks, then hands the report to <paramref name="consume"/> (while the spool it reads is open).</summary>
    internal int Execute(LintRequest request, Func<LintRequest, LintedRun, int> consume)
    {
        var clock = Stopwatch.StartNew();
        var (engine, resolver, discovery, found, targets, kind) = InputSelection.Open(host, request);
        var catalog = engine.Catalog;

        string? stdinPseudoPath = null;
        if (request.Paths.Contains("-"))
        {
            var target = ReadStdin(request.StdinFilename, kind, discovery, out stdinPseudoPath);
            // helm template output becomes one input per template (its "# Source:" comments), so findings name the template.
            if (resolver.FileFor(stdinPseudoPath) is not { } config || !config.IsIgnored(stdinPseudoPath)) targets.AddRange(Core.Kubernetes.HelmRenderedStream.Split(target));
        }

        // Resolve every configuration before linting in parallel, so a bad file stops the run with exit code 2.
        // Settings that tried to turn off or lower an enforced rule are reported once each, where they are written (CL0018).
        var policy = PolicyFindings.Of(targets.Select(t => resolver.For(t.FullPath ?? stdinPseudoPath)).ToList(), catalog, discovery.DisplayPath);

        // The rest of the repository, for the cross-file rules: facts only, nothing reported on these files.
        var context = RepositoryContext.Gather(discovery, request.Paths.Where(p => p != "-"), targets);

        // Findings go to a spool as files finish and come back one file at a time while the report is
        // written, so memory stays flat however many files there are (issue #7).
        using var spool = new FindingSpool();
        var runner = new LintRunner(engine, path => resolver.For(path ?? stdinPseudoPath));
        var run = runner.Run(targets, spool, context);
        spool.Complete(run.Files.Select(f => f.Path).ToList(), run.CrossFile);

        var totals = spool.Totals;
        foreach (var problem in found.Problems) stderr.WriteLine($"containerlint: {ShownText.Escape(problem)}");
        foreach (var note in found.Skipped) stderr.WriteLine($"containerlint: {ShownText.Escape(note)}");
        foreach (var f in totals.Unreadable) stderr.WriteLine($"containerlint: {ShownText.Escape(f.File)}: {ShownText.Escape(f.Message)}");
        foreach (var f in run.Files.Where(f => f.SkipNote is not null)) stderr.WriteLine($"containerlint: {ShownText.Escape(f.Path)}: {ShownText.Escape(f.SkipNote!)}");
        var unrecognized = run.Files.Where(f => f.Unrecognized).ToList();
        foreach (var f in unrecognized)
        {
            stderr.WriteLine($"containerlint: {ShownText.Escape(f.Path)}: not linted: neither its name nor its content says what it is (a Dockerfile starts with FROM or ARG; "
                + "a Kubernetes manifest has apiVersion and kind; a Compose file has services; an MSBuild file is a <Project>); use --kind dockerfile|kubernetes|compose|msbuild");
        }

        var inputFailed = found.Problems.Count > 0 || totals.Unreadable.Count > 0 || unrecognized.Count > 0;

        // The same builder as the MSBuild task's, so both write the same report for the same files.
        var report = LintReportBuilder.Create(ToolInfo.Version, catalog, targets, run.Files, ReportFindings.With(spool, policy), host.WorkingDirectory, !inputFailed) with
        {
            Elapsed = clock.Elapsed,
            IncludeSuppressed = request.IncludeSuppressed,
            SecretNamePatterns = resolver.SecretNamePatterns,
        };

        return consume(request, new LintedRun(report, inputFailed));
    }

    /// <summary>Writes the report in the requested format (after the baseline, if any) and decides the exit code.</summary>
    private int Report(LintRequest request, LintedRun run)
    {
        var (report, inputFailed) = run;
        var baselined = BaselineCommand.Apply(request, host, ref report);
        var totals = report.Findings.Totals;
        var color = request.Format == ReportFormats.Text && !request.NoColor && request.Output is null && host.StdoutIsTerminal
            && string.IsNullOrEmpty(host.GetEnvironmentVariable("NO_COLOR"));
        var reporter = ReportFormats.Create(request.Format, color) ?? throw new UsageException($"unknown format '{request.Format}'");
        if (request.Output is null)
        {
            reporter.Write(report, stdout);
            stdout.Flush();
        }
        else
        {
            try
            {
                // Streamed into the temp file, which is renamed into place only once complete.
                AtomicFile.Write(Path.Combine(host.WorkingDirectory, request.Output), writer => reporter.Write(report, writer), host.WorkingDirectory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"containerlint: cannot write {request.Output}: {ex.Message}");
                return CommandLineApp.ExitUsage;
            }
        }

        if (baselined is not null) BaselineCommand.ReportStale(baselined, stderr);
        if (inputFailed) return CommandLineApp.ExitUsage;
        if (!SeverityNames.TryParse(request.FailOn, out var threshold) || threshold == Severity.None) return CommandLineApp.ExitClean;
        return totals.AnyAtOrAbove(threshold) ? CommandLineApp.ExitFindings : CommandLineApp.ExitClean;
    }

    private LintTarget ReadStdin(string? name, FileKind? kind, FileDiscovery discovery, out string pseudoPath)
    {
        var content = Encoding.UTF8.GetBytes(stdin.ReadToEnd());
        var display = name is null ? "<stdin>" : discovery.DisplayPath(Path.GetFullPath(Path.Combine(host.WorkingDirectory, name)));
        pseudoPath = Path.GetFullPath(Path.Combine(host.WorkingDirectory, name ?? "stdin"));
        if (kind is null && name is null)
        {
            // Without a name, content decides: a Kubernetes object, else a Dockerfile.
            var text = SourceDecoder.Decode(content, out _, out _);
            kind = text is null ? FileKind.Dockerfile : FileClassifier.FromContent(text, explicitlyGiven: true) ?? FileKind.Dockerfile;
        }

        return new LintTarget(null, display, kind, ExplicitlyGiven: true) { Content = content };
    }

    internal static IReadOnlyDictionary<string, Severity> ParseSeverities(IReadOnlyList<string> items, Core.Catalog.RuleCatalog catalog)
    {
        var result = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new UsageException($"--severity: expected ID=LEVEL, got '{item}'");
            var id = item[..eq].Trim();
            var canonical = ConfigurationFile.CheckRuleId(catalog, id) ?? throw new UsageException($"--severity: {ConfigurationFile.UnknownRule(id)}");
            if (!SeverityNames.TryParse(item[(eq + 1)..], out var level))
            {
                throw new UsageException($"--severity: bad level '{item[(eq + 1)..]}' for {canonical}; use error, warning, note or none");
            }

            result[canonical] = level;
        }

        return result;
    }

    internal static IReadOnlyDictionary<string, string> ParseBuildArgs(IReadOnlyList<string> items)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new UsageException($"--build-arg: expected NAME=VALUE, got '{item}'");
            result[item[..eq]] = item[(eq + 1)..];
        }

        return result;
    }
}
