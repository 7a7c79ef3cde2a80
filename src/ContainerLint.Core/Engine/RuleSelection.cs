namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;

/// <summary>Decides which rules run under a configuration: policy, then explicit enables and disables.</summary>
public static class RuleSelection
{
    /// <summary>Baseline PSS checks that the restricted level replaces with a stricter one.</summary>
    private static readonly HashSet<string> ReplacedAtRestricted =
        new(StringComparer.Ordinal) { "hostPathVolumes", "capabilities_baseline", "seccompProfile_baseline", "procMount" };

    public static bool IsEnabled(RuleMetadata rule, LintConfiguration configuration)
    {
        if (configuration.SeverityOverrides.TryGetValue(rule.Id, out var severity) && severity == Severity.None) return false;
        if (configuration.Disabled.Contains(rule.Id)) return false;
        if (configuration.Enabled.Contains(rule.Id)) return true;
        if (rule.Id.StartsWith("CL0", StringComparison.Ordinal)) return true;
        return InPolicy(rule, configuration.Policy);
    }

    public static bool InPolicy(RuleMetadata rule, string policy) => policy switch
    {
        Policies.All => true,
        Policies.Recommended => rule.EnabledByDefault,
        Policies.CisDocker => rule.CisDocker.Count > 0,
        Policies.CisKubernetes => rule.CisKubernetes.Count > 0,
        Policies.Nist80019 => rule.Nist80019.Count > 0,
        Policies.PssBaseline => rule.Pss is { Level: "baseline" },
        Policies.PssRestricted => rule.Pss is { } pss && !ReplacedAtRestricted.Contains(pss.Check),
        _ => rule.EnabledByDefault,
    };

    /// <summary>The severity a rule reports at under a configuration.</summary>
    public static Severity EffectiveSeverity(RuleMetadata rule, LintConfiguration configuration) =>
        configuration.SeverityOverrides.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;
}
