namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Approving CertificateSigningRequests mints cluster credentials (CIS 5.1.11).</summary>
public sealed class RbacCsrApproval : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacCsrApproval;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (rule.FirstVerb(["update", "patch"]) is not null && rule.NamedResource("certificatesigningrequests/approval", "certificates.k8s.io") is { } item)
        {
            yield return (item.Span, "certificatesigningrequests/approval");
        }
    }
}
