namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Changing admission webhook configurations can intercept or disable admission (CIS 5.1.12).</summary>
public sealed class RbacWebhookConfiguration : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacWebhookConfiguration;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (rule.FirstVerb(["create", "update", "patch", "delete"]) is null) yield break;
        foreach (var resource in new[] { "validatingwebhookconfigurations", "mutatingwebhookconfigurations" })
        {
            if (rule.NamedResource(resource, "admissionregistration.k8s.io") is { } item) yield return (item.Span, "write access to " + resource);
        }
    }
}
