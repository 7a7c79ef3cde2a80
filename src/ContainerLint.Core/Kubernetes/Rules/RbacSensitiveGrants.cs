namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>
/// Sensitive grants beyond the rules of their own (exec, attach, nodes/proxy, escalate/bind/impersonate, webhooks):
/// port-forwarding into pods, adding ephemeral containers, rewriting a Service's status (CVE-2020-8554), relabelling
/// namespaces (their Pod Security level), changing ValidatingAdmissionPolicies, and writing EKS's aws-auth ConfigMap
/// (trivy KSV-0115, checkov CKV2_K8S_4). Reported on the resource item, one finding per grant.
/// </summary>
public sealed class RbacSensitiveGrants : RbacRule
{
    private sealed record Grant(string Resource, string[] Groups, string[] Verbs, string Why, string? OnlyName = null);

    private static readonly Grant[] Grants =
    [
        new("pods/portforward", [""], ["create", "get"], "reaches any pod's ports past its NetworkPolicies"),
        new("pods/ephemeralcontainers", [""], ["update", "patch"], "adds a container to a running pod: a shell with its service account"),
        new("services/status", [""], ["update", "patch"], "sets a Service's load-balancer address and can take over traffic to it (CVE-2020-8554)"),
        new("namespaces", [""], ["update", "patch"], "relabels namespaces, their Pod Security Admission level included"),
        new("validatingadmissionpolicies", ["admissionregistration.k8s.io"], ["create", "update", "patch", "delete"], "can switch admission policies off"),
        new("validatingadmissionpolicybindings", ["admissionregistration.k8s.io"], ["create", "update", "patch", "delete"], "can switch admission policies off"),
        new("configmaps", [""], ["update", "patch", "delete"], "maps cloud identities to cluster groups, cluster-admin included", OnlyName: "aws-auth"),
    ];

    public override RuleMetadata Descriptor => RuleDescriptors.RbacSensitiveGrants;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        foreach (var grant in Grants)
        {
            if (rule.NamedResource(grant.Resource, grant.Groups) is not { } item || rule.FirstVerb(grant.Verbs) is not { } verb) continue;
            if (grant.OnlyName is { } name && !rule.ResourceNames.Any(n => n.Value == name)) continue;
            var what = grant.OnlyName is { } only ? $"{grant.Resource} '{only}'" : grant.Resource;
            yield return (item.Span, $"{verb.Value} on {what}, which {grant.Why}");
        }
    }
}
