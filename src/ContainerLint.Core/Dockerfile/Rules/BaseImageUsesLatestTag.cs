namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1020: a FROM image tagged <c>:latest</c> (after ARG expansion; stages, scratch and unresolved names skipped).</summary>
public sealed class BaseImageUsesLatestTag : Rule<DockerfileDocument>
{
    public override string Id => "CL1020";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context) =>
        document.GetStages(context).Stages
            .Where(s => s.Image is { IsLatestTag: true })
            .Select(s => new RuleHit(s.BaseImage.Span, s.BaseImage.Value));
}
