namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1038: <c>apt</c>, the interactive front end without a stable CLI, run in a RUN.</summary>
public sealed class AptUsedInsteadOfAptGet : Rule<DockerfileDocument>
{
    public override string Id => "CL1038";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in HygieneShell.PosixScripts(document.GetStages(context)))
        {
            foreach (var command in script.Script.Commands)
            {
                if (command.Is("apt") && command.ProgramWord is { } word) yield return new RuleHit(script.SpanOf(word), command.Arguments.Count > 0 ? $"apt {command.Arguments[0].Value}" : "apt");
            }
        }
    }
}
