namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

/// <summary>CL1063: <c>cd</c> in a RUN (outside a subshell or function) where WORKDIR says it once for every later instruction.</summary>
public sealed class CdInsteadOfWorkdir : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.CdInsteadOfWorkdir;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            foreach (var sc in run.CommandsOf("cd"))
            {
                var c = sc.Command;
                if (IsIsolated(c) || c.Wrappers.Count > 0) continue;
                var target = c.GetPositionalArguments();
                if (target.Count == 0 || target[0].Value is "-" or "/" or ".." or "../" or "~") continue;
                // A scratch directory of the RUN (deleted by it afterwards, or made by mktemp): WORKDIR would keep it in the image.
                if (run.RemovedLater(sc, target[0].Value) || target[0].Value.Contains("$(", StringComparison.Ordinal) || target[0].Value.Contains('`', StringComparison.Ordinal)) continue;
                hits.Add(new RuleHit(sc.SpanOf(c.ProgramWord!), target[0].Value));
            }
        }
    }

    /// <summary>True for commands that run in a subshell, substitution or function body (their <c>cd</c> does not persist).</summary>
    private static bool IsIsolated(ShellCommand command) =>
        command.Enclosing.Any(e => e is ShellConstruct.Subshell or ShellConstruct.CommandSubstitution or ShellConstruct.ProcessSubstitution or ShellConstruct.Function);
}
