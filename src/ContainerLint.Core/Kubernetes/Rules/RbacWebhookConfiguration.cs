namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Changing admission webhook configurations can intercept or disable admission (CIS 5.1.12).</summary>
public sealed class RbacWebhookConfiguration : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacWebhookConfiguration;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        foreach (var resource in new[] { "validatingwebhookconfigurations", "mutatingwebhookconfigurations" })
        {
            if (!rule.Resources.Contains("*") && rule.AllowsAny(["create", "update", "patch", "delete"], resource)) yield return (rule.ResourcesSpan, "write access to " + resource);
        }
    }
}
