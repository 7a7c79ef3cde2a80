namespace ContainerLint.Cli;

using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Reporting;

/// <summary>
/// The command line of <c>containerlint</c>: <c>[lint] [PATH...]</c>, <c>rules</c>, <c>explain</c>.
/// Exit codes: 0 clean, 1 findings at or above <c>--fail-on</c>, 2 usage error, bad configuration or unreadable input.
/// </summary>
public static class CommandLineApp
{
    public const int ExitClean = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    internal const string LintCommandName = "lint";

    internal const string Examples = """

        Examples:
          containerlint                                  Lint the current folder (Dockerfiles, Compose files, Kubernetes manifests)
          containerlint samples deploy/app.yaml          Lint a folder and a file
          containerlint --format sarif -o out.sarif .    SARIF for GitHub code scanning
          containerlint --format github .                Annotations in a GitHub Actions log
          containerlint --fail-on warning --disable CL1010,CL1011 .
          containerlint --severity CL1001=note --policy cis-docker .
          cat Dockerfile | containerlint - --stdin-filename Dockerfile
          containerlint rules --format json              The rule catalog with NIST/CIS/PSS mappings
          containerlint explain CL0002                   A rule's documentation
          containerlint init                             Write a commented .containerlint.yaml for this repository
          containerlint baseline                         Accept today's findings; later runs report only new ones
          containerlint images --format csv .            Every image reference: registry, tag, digest, pinned, end of life

        Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error, bad configuration or unreadable input.
        Configuration: .containerlint.yaml, found by walking up from each file (nearest wins; --config overrides), and
        dotnet_diagnostic.<id>.severity in .editorconfig. See https://github.com/containerlint/containerlint/blob/main/docs/configuration.md
        """;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, CliHost.FromProcess(stdout));

    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CliHost host)
    {
        var root = BuildCommands(stdin, host);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"containerlint: {error.Message}");
            stderr.WriteLine("Run 'containerlint --help' for usage.");
            return ExitUsage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ConfigurationException ex)
        {
            // With a position, the canonical compiler form editors and CI logs link to (as the MSBuild task reports it).
            stderr.WriteLine(ex.Line > 0
                ? $"{ShownText.Escape(ex.File!)}({ex.Line},{ex.Column}): error {DiagnosticIds.ParseError}: {ShownText.Escape(ex.Detail!)}"
                : $"containerlint: {ShownText.Escape(ex.Message)}");
            return ExitUsage;
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"containerlint: {ex.Message}");
            return ExitUsage;
        }
    }

    private static RootCommand BuildCommands(TextReader stdin, CliHost host)
    {
        var lint = new LintOptions();
        var lintNamed = new LintOptions();
        var root = new RootCommand(
            "containerlint: a container security linter for Dockerfiles, Kubernetes manifests and Compose files, " +
            "with every rule mapped to NIST SP 800-190 and the CIS Docker/Kubernetes Benchmarks.\n" +
            "Usage: containerlint [lint] [PATH...] [options]; PATH is a file, a folder (walked recursively) or - for stdin.");
        lint.AddTo(root);
        root.SetAction(parse => new LintCommand(host, stdin, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error).Run(lint.Read(parse)));

        // `lint` is also the default command; `containerlint lint rules` lints a path named "rules".
        var lintCommand = new Command(LintCommandName, "Lint files and folders (the default command).");
        lintNamed.AddTo(lintCommand);
        lintCommand.SetAction(parse => new LintCommand(host, stdin, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error).Run(lintNamed.Read(parse)));
        root.Add(lintCommand);
        root.Add(RulesCommand.Create(host));
        root.Add(ExplainCommand.Create(host));
        root.Add(FixCommand.Create(host));
        root.Add(ImagesCommand.Create(host));
        root.Add(BaselineCommand.Create(host, stdin));
        root.Add(InitCommand.Create(host));

        foreach (var option in root.Options)
        {
            if (option is HelpOption help && help.Action is HelpAction inner)
            {
                help.Action = new HelpWithExamples(inner);
            }
            else if (option is VersionOption version)
            {
                version.Action = new PrintVersion();
            }
        }

        return root;
    }

    /// <summary>
    /// A subcommand's help without the root's PATH argument. System.CommandLine prints a parent's
    /// arguments before a subcommand's name and lists them among the subcommand's arguments, so the
    /// default reads <c>containerlint [&lt;PATH&gt;...] rules</c> with a PATH that <c>rules</c> does not
    /// take; the root's PATH belongs to the implicit lint only (<c>lint</c> has its own, kept).
    /// </summary>
    internal static string FixSubcommandHelp(string help, string command)
    {
        help = help.Replace(" [<PATH>...] " + command + " ", " " + command + " ", StringComparison.Ordinal)
            .Replace(" [<PATH>...] " + command + "\n", " " + command + "\n", StringComparison.Ordinal);
        if (command == LintCommandName) return help;
        var lines = help.Split('\n').ToList();
        var header = lines.IndexOf("Arguments:");
        if (header < 0) return help;
        lines.RemoveAll(l => l.StartsWith("  <PATH>", StringComparison.Ordinal));
        // "Arguments:" with nothing under it (rules): drop the header and its blank line.
        if (header + 1 < lines.Count && lines[header + 1].Length == 0) lines.RemoveRange(header, 2);
        return string.Join('\n', lines);
    }

    /// <summary>The default help followed by examples and exit codes.</summary>
    private sealed class HelpWithExamples(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.CommandResult.Command is not RootCommand && output is not HelpBuffer)
            {
                // The help action writes only to the invocation's output: render into a buffer, fix, copy.
                var name = parseResult.CommandResult.Command.Name;
                var buffer = new HelpBuffer();
                parseResult.RootCommandResult.Command.Parse([name, "--help"]).Invoke(new InvocationConfiguration { Output = buffer });
                output.Write(FixSubcommandHelp(buffer.ToString(), name));
                return ExitClean;
            }

            inner.Invoke(parseResult);
            if (parseResult.CommandResult.Command is RootCommand)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(Examples.TrimEnd());
            }

            return ExitClean;
        }
    }

    /// <summary>Marks help rendered into a buffer, so the lint help is fixed exactly once.</summary>
    private sealed class HelpBuffer : StringWriter;

    /// <summary>Prints the tool's own version (the default would print the entry assembly's, which is the test host in tests).</summary>
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(ToolInfo.Version);
            return ExitClean;
        }
    }
}

/// <summary>A bad option value found after parsing (e.g. <c>--severity CL1001=loud</c>): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
