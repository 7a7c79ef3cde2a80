namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1050: the final image exposes SSH (port 22, or a range holding it).</summary>
public sealed class SshPortExposed : Rule<DockerfileDocument>
{
    public override string Id => "CL1050";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        if (graph.Final is not { } final) yield break;
        foreach (var stage in final.SelfAndBaseStages())
        {
            foreach (var expose in stage.OfKind(InstructionKind.Expose))
            {
                foreach (var port in HygienePorts.Read(graph, expose))
                {
                    if (port.Contains(22)) yield return new RuleHit(port.Span, port.Value);
                }
            }
        }
    }
}
