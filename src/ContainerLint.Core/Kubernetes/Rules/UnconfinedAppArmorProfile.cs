namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>
/// PSS baseline "appArmorProfile": appArmorProfile.type (pod or container) must be RuntimeDefault or
/// Localhost, and container.apparmor.security.beta.kubernetes.io/* annotations "", runtime/default or localhost/*.
/// </summary>
public sealed class UnconfinedAppArmorProfile : WorkloadRule
{
    internal const string AnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";

    public override RuleMetadata Descriptor => RuleDescriptors.UnconfinedAppArmorProfile;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var (container, entry) in SecurityContextEntries(workload, "appArmorProfile"))
        {
            if (entry.Value is not YamlMapping profile) continue;
            var type = profile.GetString("type") ?? "";
            if (type is not ("RuntimeDefault" or "Localhost"))
            {
                hits.Add(HitOn(workload, container, profile.Find("type")?.Value.Span ?? entry.Key.Span, Where(container), type));
            }
        }

        foreach (var e in workload.Annotations?.Entries ?? [])
        {
            if (e.KeyText is not { } key || !key.StartsWith(AnnotationPrefix, StringComparison.Ordinal)) continue;
            var value = (e.Value as YamlScalar)?.Value ?? "";
            if (value is "" or "runtime/default" || value.StartsWith("localhost/", StringComparison.Ordinal)) continue;
            var name = key[AnnotationPrefix.Length..];
            hits.Add(new RuleHit(e.Value.Span, $"Container '{name}'", value) { Object = workload.Reference, Container = name });
        }
    }
}
