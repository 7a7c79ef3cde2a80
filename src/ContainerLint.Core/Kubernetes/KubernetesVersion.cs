namespace ContainerLint.Core.Kubernetes;

using System.Globalization;

/// <summary>A Kubernetes minor release (1.25): the target the API-version rules judge manifests against.</summary>
public readonly record struct KubernetesVersion(int Major, int Minor) : IComparable<KubernetesVersion>
{
    /// <summary>Reads <c>1.29</c>, <c>v1.29</c> or <c>1.29.3</c> (the patch level does not matter); null when the text is not a version.</summary>
    public static KubernetesVersion? Parse(string text)
    {
        var t = text.Trim();
        if (t.StartsWith('v') || t.StartsWith('V')) t = t[1..];
        var parts = t.Split('.');
        if (parts.Length is < 2 or > 3) return null;
        foreach (var p in parts)
        {
            if (p.Length == 0 || p.Length > 4 || !p.All(char.IsAsciiDigit)) return null;
        }

        return new KubernetesVersion(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public int CompareTo(KubernetesVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) < 0;

    public static bool operator >(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) > 0;

    public static bool operator <=(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) <= 0;

    public static bool operator >=(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
