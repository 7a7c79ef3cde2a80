namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>
/// Read access to every Secret (get/list/watch, CIS 5.1.2). A rule limited by resourceNames reads only the Secrets it
/// names, which is what CIS asks for; <c>*</c> verbs or resources are the wildcard rule's (CL2201) to report.
/// </summary>
public sealed class RbacSecretsAccess : RbacRule
{
    private static readonly string[] ReadVerbs = ["get", "list", "watch"];

    public override RuleMetadata Descriptor => RuleDescriptors.RbacSecretsAccess;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (rule.IsLimitedToNames || rule.NamedResource("secrets") is not { } secrets) yield break;
        var verbs = ReadVerbs.Where(rule.NamesVerb).ToArray();
        if (verbs.Length > 0) yield return (secrets.Span, JoinWords(verbs) + " on all Secrets");
    }
}
