namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Creating service account tokens impersonates any service account (CIS 5.1.13).</summary>
public sealed class RbacServiceAccountTokenCreate : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacServiceAccountTokenCreate;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (rule.Verb("create") is not null && rule.NamedResource("serviceaccounts/token") is { } item) yield return (item.Span, "create on serviceaccounts/token");
    }
}
