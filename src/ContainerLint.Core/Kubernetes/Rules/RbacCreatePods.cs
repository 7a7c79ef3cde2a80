namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Creating pods or pod controllers runs arbitrary images with the namespace's service accounts (CIS 5.1.4).</summary>
public sealed class RbacCreatePods : RbacRule
{
    private static readonly (string Resource, string[] Groups)[] PodCreators =
    [
        ("pods", [""]), ("deployments", ["apps", "extensions"]), ("daemonsets", ["apps", "extensions"]), ("statefulsets", ["apps"]),
        ("replicasets", ["apps", "extensions"]), ("replicationcontrollers", [""]), ("jobs", ["batch"]), ("cronjobs", ["batch"]),
    ];

    public override RuleMetadata Descriptor => RuleDescriptors.RbacCreatePods;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        // resourceNames cannot name an object that does not exist yet: with them, create is not granted at all.
        if (rule.IsLimitedToNames || rule.Verb("create") is null) yield break;
        foreach (var (resource, groups) in PodCreators)
        {
            if (rule.NamedResource(resource, groups) is { } item)
            {
                yield return (item.Span, "create on " + resource);
                yield break;
            }
        }
    }
}
