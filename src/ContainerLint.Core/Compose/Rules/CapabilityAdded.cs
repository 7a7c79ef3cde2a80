namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>cap_add beyond Docker's default set, or ALL (CIS Docker 5.4).</summary>
public sealed class CapabilityAdded : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.CapabilityAdded;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        foreach (var cap in s.ScalarItems("cap_add"))
        {
            var name = cap.Value.ToUpperInvariant();
            if (name.StartsWith("CAP_", StringComparison.Ordinal)) name = name[4..];
            if (!Kubernetes.Rules.CapabilityAddedBeyondBaseline.Allowed.Contains(name)) hits.Add(s.Hit(cap.Span, s.Name, cap.Value));
        }
    }
}
