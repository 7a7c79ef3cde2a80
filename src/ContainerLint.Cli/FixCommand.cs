namespace ContainerLint.Cli;

using System.CommandLine;
using System.Text;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Fixes;
using ContainerLint.Core.IO;
using ContainerLint.Core.Reporting;
using ContainerLint.Core.Text;

/// <summary>
/// <c>containerlint fix [PATH...] [--dry-run]</c>: applies the fixes the rules attach to their findings (the same edits
/// SARIF carries), file by file, until nothing is left to fix (<see cref="FileFixer"/>); <c>--dry-run</c> prints a unified
/// diff instead and changes nothing. Only the findings a lint with the same options reports are fixed: disabled rules,
/// severity none and inline suppressions are respected. A fixed file is replaced atomically with its permissions, and
/// keeps its UTF-8 byte order mark. Exit codes: 0 nothing to fix or all fixed; 2 usage error, bad configuration or an
/// input that could not be read or fixed.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliHost host)
    {
        var options = new LintOptions(reportOptions: false);
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Print the fixes as a unified diff (git style, three lines of context) and change nothing.",
        };
        var command = new Command("fix", "Apply the mechanical, behaviour-preserving fixes of the findings (ADD -> COPY, MAINTAINER -> LABEL, apt-get -y, securityContext defaults, …).");
        options.AddTo(command);
        command.Add(dryRun);
        command.SetAction(parse => Run(host, options.Read(parse), parse.GetValue(dryRun), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(CliHost host, LintRequest request, bool dryRun, TextWriter stdout, TextWriter stderr)
    {
        if (request.Paths.Contains("-")) throw new UsageException("fix edits files: it cannot read standard input (lint it with --format sarif to get the fixes as edits)");
        var inputs = InputSelection.Open(host, request);
        var runner = inputs.Runner();
        var failed = inputs.ReportDiscovery(stderr);
        int files = 0, fixes = 0;
        foreach (var target in inputs.Targets.OrderBy(t => t.DisplayPath, StringComparer.Ordinal))
        {
            var shown = ShownText.Escape(target.DisplayPath);
            byte[] bytes;
            try
            {
                bytes = SafeFileReader.ReadAllBytes(target.FullPath!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                stderr.WriteLine($"containerlint: {shown}: cannot read: {(ex is UnauthorizedAccessException ? "permission denied" : ex.Message.TrimEnd('.'))}");
                failed = true;
                continue;
            }

            var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
            var text = SourceDecoder.Decode(bytes, out var problem, out _);
            if (text is null || problem is not null || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                // Only UTF-8 is written back byte for byte; anything else is left alone.
                if (target.ExplicitlyGiven) stderr.WriteLine($"containerlint: {shown}: not fixed: only UTF-8 text files are fixed");
                continue;
            }

            var kindSkipped = false;
            var outcome = FileFixer.Fix(text, t =>
            {
                var result = runner.LintOne(target with { Content = Encode(t, bom) });
                kindSkipped |= result.Skipped || result.Unrecognized;
                return result.Findings;
            });
            if (kindSkipped && !outcome.Changed) continue;
            if (!outcome.Converged) stderr.WriteLine($"containerlint: {shown}: stopped after {FileFixer.MaxPasses} passes with fixes left to apply");
            if (!outcome.Changed) continue;
            files++;
            fixes += outcome.Applied.Count;
            if (dryRun)
            {
                UnifiedDiff.Write(stdout, target.DisplayPath, outcome, inputs.Resolver.For(target.FullPath).SecretNamePatterns);
                continue;
            }

            try
            {
                Replace(target.FullPath!, outcome.Fixed, bom, host.WorkingDirectory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"containerlint: {shown}: cannot write: {ex.Message}");
                failed = true;
                continue;
            }

            stderr.WriteLine($"containerlint: {shown}: fixed {string.Join(", ", outcome.Applied.GroupBy(a => a.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} x{g.Count()}"))}");
        }

        stdout.Flush();
        stderr.WriteLine(files == 0
            ? "containerlint: nothing to fix"
            : $"containerlint: {(dryRun ? "would apply" : "applied")} {fixes} fix{(fixes == 1 ? "" : "es")} in {files} file{(files == 1 ? "" : "s")}");
        return failed ? CommandLineApp.ExitUsage : CommandLineApp.ExitClean;
    }

    private static byte[] Encode(string text, bool bom) => bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    /// <summary>Writes the fixed text in place of the file (atomically), with the file's byte order mark and permissions.</summary>
    private static void Replace(string path, string text, bool bom, string workingDirectory)
    {
        var mode = OperatingSystem.IsWindows() ? (UnixFileMode?)null : File.GetUnixFileMode(path);
        AtomicFile.Write(path, writer => writer.Write(bom ? "\uFEFF" + text : text), workingDirectory);
        if (mode is { } m && !OperatingSystem.IsWindows()) File.SetUnixFileMode(path, m);
    }
}
