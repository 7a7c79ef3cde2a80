namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>PSS baseline "seccompProfile_baseline": a seccompProfile that is present must be RuntimeDefault or Localhost.</summary>
public sealed class UnconfinedSeccompProfile : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.UnconfinedSeccompProfile;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var (container, entry) in SecurityContextEntries(workload, "seccompProfile"))
        {
            if (Invalid(entry) is { } span) hits.Add(HitOn(workload, container, span, Where(container), TypeOf(entry)));
        }
    }

    /// <summary>The span to report when a present profile has a type other than RuntimeDefault/Localhost; null when valid or null.</summary>
    internal static Model.SourceSpan? Invalid(YamlEntry entry)
    {
        if (entry.Value is YamlScalar { IsNull: true }) return null;
        var profile = entry.Value as YamlMapping;
        var type = profile?.GetString("type");
        return type is "RuntimeDefault" or "Localhost" ? null : profile?.Find("type")?.Value.Span ?? entry.Key.Span;
    }

    internal static string TypeOf(YamlEntry entry) => (entry.Value as YamlMapping)?.GetString("type") ?? "(none)";
}
