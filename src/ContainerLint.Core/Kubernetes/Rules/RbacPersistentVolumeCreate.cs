namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Creating PersistentVolumes can mount host paths (CIS 5.1.9).</summary>
public sealed class RbacPersistentVolumeCreate : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacPersistentVolumeCreate;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (!rule.IsLimitedToNames && rule.Verb("create") is not null && rule.NamedResource("persistentvolumes") is { } item) yield return (item.Span, "create on persistentvolumes");
    }
}
