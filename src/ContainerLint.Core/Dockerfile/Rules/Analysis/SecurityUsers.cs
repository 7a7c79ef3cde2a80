namespace ContainerLint.Core.Dockerfile.Rules.Analysis;

/// <summary>The effective USER of the built stage (CL1010–CL1012).</summary>
internal static class SecurityUsers
{
    /// <summary>The last USER of the stage or of the stages it is built FROM, nearest first; null when there is none.</summary>
    public static Instruction? LastUser(Stage stage) =>
        stage.SelfAndBaseStages().Select(s => s.OfKind(InstructionKind.User).LastOrDefault()).FirstOrDefault(u => u is not null);

    /// <summary>The user part of a USER value (<c>app</c> in <c>app:app</c>).</summary>
    public static string UserPart(string value)
    {
        var v = value.Trim();
        var colon = v.IndexOf(':');
        return colon >= 0 ? v[..colon] : v;
    }

    /// <summary>True for root by name or UID, and the Windows administrator account.</summary>
    public static bool IsRoot(string value)
    {
        var user = UserPart(value);
        return user is "root" or "0" || user.All(char.IsAsciiDigit) && user.Length > 0 && user.TrimStart('0').Length == 0
            || string.Equals(user, "ContainerAdministrator", StringComparison.OrdinalIgnoreCase)
            || string.Equals(user, @"NT AUTHORITY\SYSTEM", StringComparison.OrdinalIgnoreCase);
    }
}
