namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Dockerfile.Analysis.Windows;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1083: <c>Set-ExecutionPolicy Bypass</c> or <c>Unrestricted</c> at a scope that persists (LocalMachine, the default, or
/// CurrentUser) in a stage of the built image (or an ONBUILD trigger there, for the images built FROM it), with no later
/// Set-ExecutionPolicy at that scope putting a signing policy back.
/// -Scope Process and powershell.exe's own -ExecutionPolicy switch last only as long as the process and are not reported.
/// </summary>
public sealed class ExecutionPolicyUnrestricted : Rule<DockerfileFacts>
{
    private static readonly string[] Switches = ["Force"];

    public override RuleMetadata Descriptor => RuleDescriptors.ExecutionPolicyUnrestricted;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        if (facts.Final is not { } final) return;
        Dictionary<string, (RunFacts Run, WindowsCommand Command, string Policy)>? open = null; // most files have no Windows RUN
        foreach (var run in facts.Runs)
        {
            // ONBUILD triggers leave it in every image built FROM this one.
            if (run.Windows is not { } windows || !final.Chain.Contains(run.Stage)) continue;
            foreach (var command in windows.Script.CommandsOf("set-executionpolicy"))
            {
                var positionals = command.Positionals(Switches);
                var policy = command.ParameterValue("ExecutionPolicy")?.Value ?? positionals.ElementAtOrDefault(0)?.Value;
                var scope = command.ParameterValue("Scope")?.Value ?? (command.HasParameter("ExecutionPolicy") ? positionals.ElementAtOrDefault(0) : positionals.ElementAtOrDefault(1))?.Value ?? "LocalMachine";
                if (policy is null || scope.Equals("Process", StringComparison.OrdinalIgnoreCase)) continue;
                if (policy.Equals("Bypass", StringComparison.OrdinalIgnoreCase) || policy.Equals("Unrestricted", StringComparison.OrdinalIgnoreCase)) (open ??= new(StringComparer.OrdinalIgnoreCase))[scope] = (run, command, policy);
                else open?.Remove(scope);
            }
        }

        if (open is null) return;
        foreach (var (scope, (run, command, policy)) in open.OrderBy(o => o.Value.Run.Instruction.StartLine).ThenBy(o => o.Value.Command.Start))
        {
            var word = command.ParameterValue("ExecutionPolicy") ?? command.Positionals(Switches).FirstOrDefault() ?? command.NameWord;
            hits.Add(new RuleHit(run.Windows!.SpanOf(word), policy, "at scope " + scope));
        }
    }
}
