namespace ContainerLint.Cli;

using ContainerLint.Core.Catalog;

/// <summary>The command line of <c>containerlint</c>. (Foundation: lists rules; lint arrives with the CLI work.)</summary>
public static class CommandLineApp
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            stdout.WriteLine($"{rule.Id}  {rule.Title}");
        }

        return 0;
    }
}
