namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>network_mode, pid, ipc, uts or userns_mode set to host (CIS Docker 5.10, 5.16, 5.17, 5.21, 5.31).</summary>
public sealed class HostNamespaceShared : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.HostNamespaceShared;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        foreach (var key in new[] { "network_mode", "pid", "ipc", "uts", "userns_mode" })
        {
            if (s.Node.GetScalar(key) is { Value: "host" } v) hits.Add(s.Hit(v.Span, s.Name, key));
        }
    }
}
