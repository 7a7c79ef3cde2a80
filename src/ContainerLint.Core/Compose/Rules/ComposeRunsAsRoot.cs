namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>user unset, root or 0 (CIS Docker 4.1).</summary>
public sealed class ComposeRunsAsRoot : ServiceRule
{
    public override string Id => "CL3010";

    protected override IEnumerable<RuleHit> Check(ComposeService s, RuleContext context)
    {
        var user = s.Node.GetScalar("user");
        var name = user?.Value.Split(':')[0];
        if (user is null || user.IsNull)
        {
            if (!s.IsPartial) yield return s.Hit(s.NameNode.Span, s.Name, "does not set user");
        }
        else if (name is "root" or "0") yield return s.Hit(user.Span, s.Name, "runs as " + user.Value);
    }
}
