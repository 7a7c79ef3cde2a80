namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1012: the final USER is a name, so Kubernetes runAsNonRoot cannot verify it is not root.</summary>
public sealed class UserNotNumeric : Rule<DockerfileDocument>
{
    public override string Id => "CL1012";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        if (graph.Final is not { } final || SecurityUsers.LastUser(final) is not { Arguments.Count: > 0 } user) yield break;
        var value = graph.ScopeAt(user).Expand(user.Arguments[0]);
        if (!value.IsFullyResolved || SecurityUsers.IsRoot(value.Value)) yield break;
        var name = SecurityUsers.UserPart(value.Value);
        // Windows accounts have no UID; runAsNonRoot does not apply to Windows containers.
        if (string.Equals(name, "ContainerUser", StringComparison.OrdinalIgnoreCase)) yield break;
        if (name.Length > 0 && !name.All(char.IsAsciiDigit)) yield return new RuleHit(user.Arguments[0].Span, name);
    }
}
