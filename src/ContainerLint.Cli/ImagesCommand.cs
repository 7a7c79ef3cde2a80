namespace ContainerLint.Cli;

using System.CommandLine;
using ContainerLint.Core.Engine;
using ContainerLint.Core.IO;
using ContainerLint.Core.Reporting;

/// <summary>
/// <c>containerlint images [PATH...] [--format text|json|csv] [--output FILE]</c>: lists every image reference of the files
/// lint would read (the inventory the front ends' models feed, <see cref="Core.Images.ImageInventory"/>). Exit codes: 0 listed;
/// 2 usage error, bad configuration, or an input that could not be read or parsed (named on standard error; the other files
/// are still listed).
/// </summary>
internal static class ImagesCommand
{
    /// <summary>The input diagnostics that mean a file's images could not be listed.</summary>
    private static readonly HashSet<string> BadInput = new(StringComparer.Ordinal)
    {
        DiagnosticIds.FileUnreadable, DiagnosticIds.ParseError, DiagnosticIds.BinaryContent, DiagnosticIds.InternalError,
    };

    public static Command Create(CliHost host)
    {
        var options = new LintOptions(reportOptions: false);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (an aligned table), json (docs/images.md) or csv (RFC 4180).",
            DefaultValueFactory = _ => ImageInventoryReport.Text,
            HelpName = "text|json|csv",
        };
        format.AcceptOnlyFromAmong([.. ImageInventoryReport.Formats]);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the inventory to FILE (atomically) instead of standard output.",
            HelpName = "FILE",
        };
        var command = new Command("images", "List every image reference (Dockerfile FROM, COPY --from, RUN --mount=from, Kubernetes containers, Compose image:, ContainerBaseImage) with its registry, tag, digest, use and end of life.");
        options.AddTo(command);
        command.Add(format);
        command.Add(output);
        command.SetAction(parse => Run(host, options.Read(parse), parse.GetValue(format)!, parse.GetValue(output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(CliHost host, LintRequest request, string format, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (request.Paths.Contains("-")) throw new UsageException("images reads files: it cannot read standard input");
        var inputs = InputSelection.Open(host, request);
        var runner = inputs.Runner(collectImages: true);
        var failed = inputs.ReportDiscovery(stderr);

        var rows = new List<ImageInventoryRow>();
        foreach (var target in inputs.Targets)
        {
            var result = runner.LintOne(target);
            var shown = ShownText.Escape(target.DisplayPath);
            if (result.Unrecognized)
            {
                stderr.WriteLine($"containerlint: {shown}: not a Dockerfile, Kubernetes manifest, Compose file or project file (use --kind)");
                failed = true;
            }

            if (result.SkipNote is { } skipNote) stderr.WriteLine($"containerlint: {shown}: {ShownText.Escape(skipNote)}");
            foreach (var bad in result.Findings.Where(f => BadInput.Contains(f.RuleId)))
            {
                stderr.WriteLine($"{shown}({bad.Span.Line},{bad.Span.Column}): error {bad.RuleId}: {ShownText.Escape(bad.Message)}");
                failed = true;
            }

            if (result.Facts is { } facts) rows.AddRange(facts.Images.Select(use => ImageInventoryRow.Of(target.DisplayPath, use)));
        }

        var sorted = ImageInventoryReport.Sort(rows);
        if (output is null)
        {
            ImageInventoryReport.Write(stdout, format, sorted);
            stdout.Flush();
        }
        else
        {
            var path = Path.GetFullPath(Path.Combine(host.WorkingDirectory, output));
            try
            {
                AtomicFile.Write(path, writer => ImageInventoryReport.Write(writer, format, sorted), host.WorkingDirectory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"containerlint: cannot write {ShownText.Escape(output)}: {ex.Message}");
                return CommandLineApp.ExitUsage;
            }
        }

        return failed ? CommandLineApp.ExitUsage : CommandLineApp.ExitClean;
    }
}
