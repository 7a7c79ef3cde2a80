namespace ContainerLint.Cli;

using System.CommandLine;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Reporting;

/// <summary>What the user asked the lint command to do.</summary>
internal sealed record LintRequest
{
    public IReadOnlyList<string> Paths { get; init; } = ["."];
    public string Format { get; init; } = ReportFormats.Text;
    public string? Output { get; init; }
    public string FailOn { get; init; } = "error";
    public string? Config { get; init; }
    public string? Policy { get; init; }
    public IReadOnlyList<string> Disable { get; init; } = [];
    public IReadOnlyList<string> Severity { get; init; } = [];
    public string? StdinFilename { get; init; }
    public bool NoColor { get; init; }
    public bool IncludeSuppressed { get; init; }
    public string? Target { get; init; }
    public IReadOnlyList<string> BuildArgs { get; init; } = [];
    public string? Kind { get; init; }
    public string? Baseline { get; init; }
    public bool NoBaseline { get; init; }
}

/// <summary>The options of the lint command (the root command).</summary>
internal sealed class LintOptions
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "Files, folders (walked recursively) or - for standard input. Default: the current folder.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format: text (for people), json, sarif (GitHub code scanning), msbuild, github (Actions annotations), checkstyle, gitlab (Code Quality), azure (Azure Pipelines logging commands).",
        DefaultValueFactory = _ => ReportFormats.Text,
        HelpName = "text|json|sarif|msbuild|github|checkstyle|gitlab|azure",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to FILE (atomically) instead of standard output.",
        HelpName = "FILE",
    };

    private readonly Option<string> _failOn = new("--fail-on")
    {
        Description = "Exit with 1 when an unsuppressed finding has this severity or higher; none never fails.",
        DefaultValueFactory = _ => "error",
        HelpName = "error|warning|note|none",
    };

    private readonly Option<string?> _config = new("--config", "-c")
    {
        Description = "Use this configuration file for every input instead of the nearest .containerlint.yaml.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _policy = new("--policy")
    {
        Description = $"Named rule set: {string.Join(", ", Policies.Names)} (default recommended).",
        HelpName = "NAME",
    };

    private readonly Option<string[]> _disable = new("--disable")
    {
        Description = "Turn a rule off; repeatable, and comma lists are accepted (--disable CL1001,CL1002).",
        HelpName = "ID",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string[]> _severity = new("--severity")
    {
        Description = "Report a rule at another level (error, warning, note, none); repeatable: --severity CL1001=note.",
        HelpName = "ID=LEVEL",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _stdinFilename = new("--stdin-filename")
    {
        Description = "The file name to report (and classify) standard input as, e.g. Dockerfile or deploy/app.yaml.",
        HelpName = "NAME",
    };

    private readonly Option<bool> _noColor = new("--no-color")
    {
        Description = "No ANSI colours in text output (also when NO_COLOR is set or output is not a terminal).",
    };

    private readonly Option<bool> _includeSuppressed = new("--include-suppressed")
    {
        Description = "Also show findings silenced by inline ignore comments (marked suppressed). SARIF always includes them.",
    };

    private readonly Option<string?> _target = new("--target")
    {
        Description = "The Dockerfile stage that is built (as docker build --target); rules about the running image look at it.",
        HelpName = "STAGE",
    };

    private readonly Option<string[]> _buildArg = new("--build-arg")
    {
        Description = "A build argument (as docker build --build-arg), used to resolve ARG values; repeatable.",
        HelpName = "K=V",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _kind = new("--kind")
    {
        Description = "Lint the files named on the command line (and standard input) as this kind, whatever their name or content.",
        HelpName = "dockerfile|kubernetes|compose|msbuild",
    };

    private readonly Option<string?> _baseline = new("--baseline")
    {
        Description = "Report only findings not in this baseline file (default: the nearest .containerlint-baseline.json above the working folder).",
        HelpName = "FILE",
    };

    private readonly Option<bool> _noBaseline = new("--no-baseline")
    {
        Description = "Report every finding, ignoring any baseline file.",
    };

    private readonly bool _reportOptions;

    /// <param name="reportOptions">False for commands that select and configure inputs like lint but write no lint report (fix, images).</param>
    public LintOptions(bool reportOptions = true)
    {
        _reportOptions = reportOptions;
        _format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        _failOn.AcceptOnlyFromAmong("error", "warning", "note", "none");
        _policy.AcceptOnlyFromAmong([.. Policies.Names]);
        _kind.AcceptOnlyFromAmong("dockerfile", "kubernetes", "compose", "msbuild");
    }

    /// <param name="command">The lint command, or another that lints first.</param>
    /// <param name="forBaseline">For <c>baseline</c>: no report options (its --output is the baseline file).</param>
    public void AddTo(Command command, bool forBaseline = false)
    {
        command.Add(_paths);
        Option[] options = _reportOptions
            ? [_format, _output, _failOn, _config, _policy, _disable, _severity, _stdinFilename, _noColor, _includeSuppressed, _target, _buildArg, _kind, _baseline, _noBaseline]
            : [_config, _policy, _disable, _severity, _target, _buildArg, _kind];
        foreach (var option in options)
        {
            if (forBaseline && (option == _format || option == _failOn || option == _noColor || option == _includeSuppressed || option == _baseline || option == _noBaseline)) continue;
            command.Add(option);
        }

        if (forBaseline) _output.Description = "Write the baseline to FILE (default: the baseline lint finds, else ./.containerlint-baseline.json).";
    }

    public LintRequest Read(ParseResult parse)
    {
        var paths = parse.GetValue(_paths) ?? [];
        return new LintRequest
        {
            Paths = paths.Length == 0 ? ["."] : paths,
            Format = parse.GetValue(_format) ?? ReportFormats.Text,
            Output = parse.GetValue(_output),
            FailOn = parse.GetValue(_failOn) ?? "error",
            Config = parse.GetValue(_config),
            Policy = parse.GetValue(_policy),
            Disable = (parse.GetValue(_disable) ?? []).SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
            Severity = (parse.GetValue(_severity) ?? []).SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
            StdinFilename = parse.GetValue(_stdinFilename),
            NoColor = parse.GetValue(_noColor),
            IncludeSuppressed = parse.GetValue(_includeSuppressed),
            Target = parse.GetValue(_target),
            BuildArgs = parse.GetValue(_buildArg) ?? [],
            Kind = parse.GetValue(_kind),
            Baseline = parse.GetValue(_baseline),
            NoBaseline = parse.GetValue(_noBaseline),
        };
    }
}
