namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1052: an EXPOSE value BuildKit rejects or warns about (out of range, malformed, host mapping, upper-case protocol).</summary>
public sealed class InvalidExposedPort : Rule<DockerfileDocument>
{
    public override string Id => "CL1052";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var expose in graph.Stages.SelectMany(s => s.OfKind(InstructionKind.Expose)))
        {
            foreach (var port in HygienePorts.Read(graph, expose))
            {
                if (port.Error is { } error) yield return new RuleHit(port.Span, port.Value, error);
            }
        }
    }
}
