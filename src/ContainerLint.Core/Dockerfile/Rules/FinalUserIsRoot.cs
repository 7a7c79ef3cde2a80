namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1011: the last USER of the built stage is root (root in a build stage is fine).</summary>
public sealed class FinalUserIsRoot : Rule<DockerfileDocument>
{
    public override string Id => "CL1011";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        if (graph.Final is not { } final || SecurityUsers.LastUser(final) is not { Arguments.Count: > 0 } user) yield break;
        var value = graph.ScopeAt(user).Expand(user.Arguments[0]);
        if (value.IsFullyResolved && SecurityUsers.IsRoot(value.Value)) yield return new RuleHit(user.Arguments[0].Span, value.Value);
    }
}
