namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Read access to Secrets (get/list/watch, CIS 5.1.2).</summary>
public sealed class RbacSecretsAccess : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacSecretsAccess;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (!rule.Verbs.Contains("*") && !rule.Resources.Contains("*") && rule.AllowsAny(["get", "list", "watch"], "secrets"))
        {
            yield return (rule.ResourcesSpan, "read access to secrets");
        }
    }
}
