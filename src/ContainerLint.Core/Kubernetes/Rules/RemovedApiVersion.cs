namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// An object written in an API version that the target Kubernetes release (<c>kubernetesVersion</c>, else the newest
/// release the table knows) no longer serves: the apply fails, and a removed PodSecurityPolicy protects nothing.
/// </summary>
public sealed class RemovedApiVersion : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.RemovedApiVersion;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        var target = context.Configuration.KubernetesVersion ?? RetiredApis.Newest;
        foreach (var o in document.Objects)
        {
            if (RetiredApis.Find(o.ApiVersion, o.Kind) is not { } api || target < api.RemovedIn) continue;
            hits.Add(o.Hit(o.ApiVersionSpan, o.Kind, o.ApiVersion, api.RemovedIn.ToString(), target.ToString(), Instead(api)));
        }
    }

    internal static string Instead(RetiredApi api) =>
        api.Replacement is { } replacement ? "use " + replacement : "it has no successor: use Pod Security Admission labels on the namespace";
}
