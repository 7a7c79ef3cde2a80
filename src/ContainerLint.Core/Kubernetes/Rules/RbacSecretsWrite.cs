namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>
/// Write access to every Secret (create, update, patch, delete, deletecollection; trivy KSV-0113, CIS 5.1.2): replace a
/// service account token or a TLS key, or plant credentials a workload will trust. A rule limited by resourceNames
/// writes only the Secrets it names (and cannot create); <c>*</c> verbs or resources are CL2201's.
/// </summary>
public sealed class RbacSecretsWrite : RbacRule
{
    private static readonly string[] WriteVerbs = ["create", "update", "patch", "delete", "deletecollection"];

    public override RuleMetadata Descriptor => RuleDescriptors.RbacSecretsWrite;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (rule.IsLimitedToNames || rule.NamedResource("secrets") is not { } secrets) yield break;
        var verbs = WriteVerbs.Where(rule.NamesVerb).ToArray();
        if (verbs.Length > 0) yield return (secrets.Span, JoinWords(verbs) + " on all Secrets");
    }
}
