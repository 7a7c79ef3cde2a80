namespace ContainerLint.Core.DotNetSdk.Rules;

using System.Globalization;

/// <summary>Reads a <c>ContainerPort</c> Include value (a number; MSBuild keeps any protocol in the Type metadata).</summary>
internal static class SdkPorts
{
    public static int? Parse(string include)
    {
        var text = include.Trim();
        var slash = text.IndexOf('/');
        if (slash >= 0) text = text[..slash];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;
    }
}
