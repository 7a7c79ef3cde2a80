namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1078: <c>RUN --security=insecure</c> (the step runs outside the build sandbox, with every capability).</summary>
public sealed class InsecureBuildStep : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.InsecureBuildStep;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            if (run.Instruction.GetFlag("security") is { Value: { } value } flag && value.Trim().Equals("insecure", StringComparison.OrdinalIgnoreCase))
            {
                hits.Add(new RuleHit(flag.Span));
            }
        }
    }
}
