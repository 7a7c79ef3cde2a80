namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1038: <c>apt</c>, the interactive front end without a stable CLI, run in a RUN.</summary>
public sealed class AptUsedInsteadOfAptGet : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.AptUsedInsteadOfAptGet;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var sc in facts.CommandsOf("apt"))
        {
            var c = sc.Command;
            if (c.ProgramWord is { } word) hits.Add(new RuleHit(sc.SpanOf(word), c.Arguments.Count > 0 ? $"apt {c.Arguments[0].Value}" : "apt"));
        }
    }
}
