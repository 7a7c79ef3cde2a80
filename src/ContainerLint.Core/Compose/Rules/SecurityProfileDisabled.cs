namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>security_opt seccomp:unconfined or apparmor:unconfined (CIS Docker 5.2, 5.22).</summary>
public sealed class SecurityProfileDisabled : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.SecurityProfileDisabled;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        foreach (var opt in s.ScalarItems("security_opt"))
        {
            var v = opt.Value.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            if (v is "seccomp:unconfined" or "seccomp=unconfined" or "apparmor:unconfined" or "apparmor=unconfined" or "label:disable" or "label=disable") hits.Add(s.Hit(opt.Span, s.Name, opt.Value));
        }
    }
}
