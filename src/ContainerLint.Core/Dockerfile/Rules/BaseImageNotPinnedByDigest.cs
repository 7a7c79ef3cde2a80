namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1022: a FROM image not pinned by <c>@sha256:</c> digest (tags can be moved).</summary>
public sealed class BaseImageNotPinnedByDigest : Rule<DockerfileDocument>
{
    public override string Id => "CL1022";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context) =>
        document.GetStages(context).Stages
            .Where(s => s.Image is { HasDigest: false })
            .Select(s => new RuleHit(s.BaseImage.Span, s.BaseImage.Value));
}
