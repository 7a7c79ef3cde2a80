namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Model;
using ContainerLint.Core.Yaml;

/// <summary>Host sources of service volumes (short <c>src:dst[:mode]</c> and long <c>type: bind</c> syntax) and port parsing.</summary>
internal static class ComposeVolumes
{
    public static IEnumerable<(string Source, SourceSpan Span)> HostSources(ComposeService s)
    {
        foreach (var item in s.Node.GetSequence("volumes")?.Items ?? [])
        {
            if (item is YamlScalar v)
            {
                var parts = v.Value.Split(':');
                if (parts.Length >= 2 && parts[0].StartsWith('/')) yield return (parts[0], v.Span);
            }
            else if (item is YamlMapping m && m.GetString("type") is "bind" or null && m.GetScalar("source") is { IsNull: false } src && src.Value.StartsWith('/'))
            {
                yield return (src.Value, src.Span);
            }
        }
    }

    /// <summary>
    /// <c>8080:80</c> publishes on every interface, and so does a bare <c>80</c> (on a random host port);
    /// <c>127.0.0.1:8080:80</c> and <c>[::1]:8080:80</c> bind one address, <c>0.0.0.0:…</c> and <c>[::]:…</c> all.
    /// </summary>
    public static bool PublishesOnAllInterfaces(string port)
    {
        var p = port.Trim();
        var slash = p.IndexOf('/');
        if (slash >= 0) p = p[..slash];
        if (p.StartsWith('['))
        {
            var close = p.IndexOf(']');
            return close > 0 && p[1..close] is "" or "::";
        }

        var parts = p.Split(':');
        return parts.Length switch
        {
            1 or 2 => true,
            3 => parts[0] is "" or "0.0.0.0",
            _ => false,
        };
    }
}
