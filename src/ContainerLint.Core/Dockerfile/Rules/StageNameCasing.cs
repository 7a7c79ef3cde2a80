namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1080: <c>FROM … AS Name</c> with a stage name that is not lower case (BuildKit StageNameCasing).</summary>
public sealed class StageNameCasing : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.StageNameCasing;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var from in facts.Document.Instructions)
        {
            // BuildKit looks at FROM with exactly three arguments (image AS name); flags are not arguments.
            if (from.Kind != InstructionKind.From || from.Arguments.Count != 3) continue;
            var name = from.Arguments[2];
            var lower = name.Value.ToLowerInvariant();
            if (name.Value != lower) hits.Add(new RuleHit(name.Span, name.Value, lower));
        }
    }
}
