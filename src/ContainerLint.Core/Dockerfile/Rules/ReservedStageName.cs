namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1069: a stage named <c>scratch</c> or <c>context</c>, words BuildKit reserves.</summary>
public sealed class ReservedStageName : Rule<DockerfileDocument>
{
    public override string Id => "CL1069";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.GetStages(context).Stages)
        {
            if (stage.Name is { } name && stage.NameSpan is { } span && name.ToLowerInvariant() is "scratch" or "context") yield return new RuleHit(span, name);
        }
    }
}
