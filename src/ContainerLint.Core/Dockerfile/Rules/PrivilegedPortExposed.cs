namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1053: the final image exposes a port below 1024 (binding it needs root or NET_BIND_SERVICE); port 22 is CL1050's.</summary>
public sealed class PrivilegedPortExposed : Rule<DockerfileDocument>
{
    public override string Id => "CL1053";

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
                    if (port.Error is null && port.Start is > 0 and < 1024 && !port.Contains(22)) yield return new RuleHit(port.Span, port.Value);
                }
            }
        }
    }
}
