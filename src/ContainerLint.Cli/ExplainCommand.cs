namespace ContainerLint.Cli;

using System.CommandLine;
using ContainerLint.Core.Catalog;

/// <summary><c>containerlint explain RULEID</c>: the rule's documentation page.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliHost host)
    {
        var id = new Argument<string>("RULEID") { Description = "A rule id, e.g. CL1001." };
        var command = new Command("explain", "Show a rule's documentation: what it checks, why, its NIST/CIS mappings, examples and the fix.") { id };
        command.SetAction(parse =>
        {
            var ruleId = parse.GetValue(id) ?? "";
            var rule = host.CreateCatalog().Find(ruleId.Trim());
            if (rule is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"containerlint: unknown rule id '{ruleId}' (see `containerlint rules`)");
                return CommandLineApp.ExitUsage;
            }

            parse.InvocationConfiguration.Output.Write(RuleDocumentation.RenderPage(rule));
            return CommandLineApp.ExitClean;
        });
        return command;
    }
}
