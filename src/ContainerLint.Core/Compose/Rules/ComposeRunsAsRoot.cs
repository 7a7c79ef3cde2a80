namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>user unset, root or 0 (CIS Docker 4.1).</summary>
public sealed class ComposeRunsAsRoot : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ComposeRunsAsRoot;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        var user = s.Node.GetScalar("user");
        if (user is null || user.IsNull)
        {
            if (!s.IsPartial) hits.Add(s.Hit(s.NameNode.Span, s.Name, "does not set user"));
        }
        else if (new UserSpec(user.Value).IsRoot) hits.Add(s.Hit(user.Span, s.Name, "runs as " + user.Value));
    }
}
