namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1021: a FROM image with neither tag nor digest (the engine pulls whatever <c>:latest</c> is).</summary>
public sealed class BaseImageUntagged : Rule<DockerfileDocument>
{
    public override string Id => "CL1021";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context) =>
        document.GetStages(context).Stages
            .Where(s => s.Image is { IsUntagged: true })
            .Select(s => new RuleHit(s.BaseImage.Span, s.BaseImage.Value));
}
