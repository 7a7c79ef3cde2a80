namespace ContainerLint.Core.Knowledge;

using System.Globalization;

/// <summary>Who a user value names: root (by name or UID 0, or the Windows administrator), a non-root UID, or a non-root name.</summary>
public enum UserKind
{
    /// <summary>Not known: empty, or not resolvable here.</summary>
    Unknown,

    /// <summary><c>root</c>, UID 0, <c>ContainerAdministrator</c> or <c>NT AUTHORITY\SYSTEM</c>.</summary>
    Root,

    /// <summary>A numeric UID other than 0: the kubelet can verify runAsNonRoot.</summary>
    NonRootNumeric,

    /// <summary>A user name other than root: non-root, but runAsNonRoot cannot verify a name.</summary>
    NonRootName,
}

/// <summary>
/// A user value as Docker (USER), Compose (<c>user:</c>), Kubernetes and the .NET SDK (<c>ContainerUser</c>) write it:
/// <c>user[:group]</c>, by name or number. The one answer to "is this user root".
/// </summary>
public sealed record UserSpec(string Value)
{
    /// <summary>The user part (<c>app</c> in <c>app:app</c>), trimmed.</summary>
    public string User
    {
        get
        {
            var v = Value.Trim();
            var colon = v.IndexOf(':', StringComparison.Ordinal);
            return (colon >= 0 ? v[..colon] : v).Trim();
        }
    }

    public UserKind Kind => Classify(User);

    public bool IsRoot => Kind == UserKind.Root;

    /// <summary>True for the Windows accounts, which have no UID (runAsNonRoot does not apply to them).</summary>
    public bool IsWindowsAccount =>
        User.Equals("ContainerUser", StringComparison.OrdinalIgnoreCase) || User.Equals("ContainerAdministrator", StringComparison.OrdinalIgnoreCase)
        || User.Equals(@"NT AUTHORITY\SYSTEM", StringComparison.OrdinalIgnoreCase);

    private static UserKind Classify(string user)
    {
        if (user.Length == 0) return UserKind.Unknown;
        // Linux user names are case-sensitive ("Root" is not root); Windows account names are not.
        if (user == "root" || user.Equals("ContainerAdministrator", StringComparison.OrdinalIgnoreCase)
            || user.Equals(@"NT AUTHORITY\SYSTEM", StringComparison.OrdinalIgnoreCase))
        {
            return UserKind.Root;
        }

        if (user.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            // Any length of digits: 0, 00, 000000000000000000000 are all UID 0.
            return user.AsSpan().IndexOfAnyExcept('0') < 0 ? UserKind.Root : UserKind.NonRootNumeric;
        }

        return long.TryParse(user, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? UserKind.Unknown : UserKind.NonRootName;
    }
}
