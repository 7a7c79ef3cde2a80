namespace ContainerLint.Core.Configuration;

using System.Collections.Frozen;
using ContainerLint.Core.Model;

/// <summary>
/// Effective configuration for one linted file: the nearest <c>.containerlint.yaml</c> merged
/// with CLI options or MSBuild properties (which win).
/// </summary>
public sealed record LintConfiguration
{
    public static LintConfiguration Default { get; } = new();

    /// <summary>Named rule set: recommended (default), all, cis-docker, nist-800-190, pss-baseline, pss-restricted.</summary>
    public string Policy { get; init; } = Policies.Recommended;

    public IReadOnlySet<string> Disabled { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Rules turned on explicitly (even if the policy leaves them out).</summary>
    public IReadOnlySet<string> Enabled { get; init; } = FrozenSet<string>.Empty;

    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = FrozenDictionary<string, Severity>.Empty;

    /// <summary>Registries images may come from (e.g. <c>mcr.microsoft.com</c>, <c>docker.io/library</c>). Empty: no restriction.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];

    /// <summary>Glob patterns of paths not to lint, relative to the configuration file's folder.</summary>
    public IReadOnlyList<string> IgnorePaths { get; init; } = [];

    /// <summary>The Dockerfile stage that is built (<c>--target</c>); null means the last stage.</summary>
    public string? TargetStage { get; init; }

    /// <summary>Build arguments given for the build (<c>--build-arg</c>), used to resolve ARGs.</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>The day against which end-of-life dates are compared. Null means today (UTC).</summary>
    public DateOnly? EolReferenceDate { get; init; }

    /// <summary>Extra variable-name patterns (globs such as <c>*_PASSPHRASE</c>) that mark a secret.</summary>
    public IReadOnlyList<string> SecretNamePatterns { get; init; } = [];

    /// <summary>When false, inline <c># containerlint ignore=</c> comments and annotations are not honoured.</summary>
    public bool AllowInlineSuppressions { get; init; } = true;

    /// <summary>Custom resources that carry pods, beyond the built-in ones (<c>customResources:</c>).</summary>
    public IReadOnlyList<Kubernetes.CustomResourcePods> CustomResources { get; init; } = [];

    /// <summary>The organisation's allowed images and registries; <see cref="Images.AllowedImages.None"/> turns the allowed-images rules off.</summary>
    public Images.AllowedImages AllowedImages { get; init; } = Images.AllowedImages.None;

    /// <summary>The Kubernetes release manifests are applied to (<c>kubernetesVersion:</c>); null means the newest the rules know.</summary>
    public Kubernetes.KubernetesVersion? KubernetesVersion { get; init; }

    /// <summary>
    /// Rules the root configuration locks (<c>enforce:</c>), with the lowest level each may report at: nested files,
    /// .editorconfig, MSBuild properties and inline ignores cannot turn them off or lower them.
    /// </summary>
    public IReadOnlyDictionary<string, Severity> Enforced { get; init; } = FrozenDictionary<string, Severity>.Empty;

    /// <summary>The root configuration that holds <see cref="Enforced"/>, relative to the repository root (for messages), or null.</summary>
    public string? EnforcedBy { get; init; }

    /// <summary><c>requireSuppressionReason:</c> an inline suppression without <c> -- reason</c> does not suppress (CL0020).</summary>
    public bool RequireSuppressionReason { get; init; }

    /// <summary>Settings that tried to turn off or lower an enforced rule and were ignored: each is reported as CL0018 where it is written.</summary>
    public IReadOnlyList<PolicyViolation> PolicyViolations { get; init; } = [];

    /// <summary>Where this configuration came from (for messages), or null for defaults.</summary>
    public string? SourcePath { get; init; }

    public DateOnly Today => EolReferenceDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
}

public static class Policies
{
    public const string Recommended = "recommended";
    public const string All = "all";
    public const string CisDocker = "cis-docker";
    public const string CisKubernetes = "cis-kubernetes";
    public const string Nist80019 = "nist-800-190";
    public const string PssBaseline = "pss-baseline";
    public const string PssRestricted = "pss-restricted";

    public static IReadOnlyList<string> Names { get; } = [Recommended, All, CisDocker, CisKubernetes, Nist80019, PssBaseline, PssRestricted];
}
