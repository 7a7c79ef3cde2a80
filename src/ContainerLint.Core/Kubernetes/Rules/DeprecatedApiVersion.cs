namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// An object written in an API version that the target Kubernetes release (<c>kubernetesVersion</c>) still serves but
/// has deprecated: it stops working with the release named in the message. Silent without a configured target older
/// than the removal (every version in the table is removed by the newest release).
/// </summary>
public sealed class DeprecatedApiVersion : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.DeprecatedApiVersion;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        if (context.Configuration.KubernetesVersion is not { } target) return;
        foreach (var o in document.Objects)
        {
            if (RetiredApis.Find(o.ApiVersion, o.Kind) is not { } api || target < api.DeprecatedIn || target >= api.RemovedIn) continue;
            hits.Add(o.Hit(o.ApiVersionSpan, o.Kind, o.ApiVersion, api.DeprecatedIn.ToString(), api.RemovedIn.ToString(), RemovedApiVersion.Instead(api)));
        }
    }
}
