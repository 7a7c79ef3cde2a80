namespace ContainerLint.Core.Knowledge;

using System.Globalization;

/// <summary>
/// A container port or range with its protocol, as Docker reads it in EXPOSE (<c>80</c>, <c>80/tcp</c>,
/// <c>8000-8010/udp</c>) and the SDK in <c>ContainerPort</c>. One parser for every front end.
/// </summary>
/// <param name="Text">The text as written.</param>
/// <param name="Start">First port of the range.</param>
/// <param name="End">Last port of the range (equal to <paramref name="Start"/> for one port).</param>
/// <param name="Protocol">The protocol as written (<c>tcp</c> when absent).</param>
/// <param name="Error">Why Docker rejects or warns about the value, or null when it is valid.</param>
public sealed record PortSpec(string Text, int Start, int End, string Protocol, string? Error)
{
    public bool IsValid => Error is null;

    /// <summary>True when the range holds <paramref name="port"/> (invalid specs hold nothing).</summary>
    public bool Contains(int port) => Error is null && port >= Start && port <= End;

    /// <summary>True when the range holds <paramref name="port"/> over <paramref name="protocol"/> (case-insensitive).</summary>
    public bool Matches(int port, string protocol) => Contains(port) && string.Equals(protocol, Protocol, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <c>port[-port][/protocol]</c>; never throws.</summary>
    public static PortSpec Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var portText = slash < 0 ? text : text[..slash];
        var protocol = slash < 0 ? "tcp" : text[(slash + 1)..];
        if (portText.Contains(':', StringComparison.Ordinal)) return new PortSpec(text, 0, 0, protocol, "a host mapping (ip:host:container) cannot be set in a Dockerfile");
        var dash = portText.IndexOf('-', StringComparison.Ordinal);
        var a = dash < 0 ? portText : portText[..dash];
        var b = dash < 0 ? portText : portText[(dash + 1)..];
        if (!int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var start) || !int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            return new PortSpec(text, 0, 0, protocol, "it is not a port number or range");
        }

        if (start > 65535 || end > 65535) return new PortSpec(text, start, end, protocol, "ports range from 0 to 65535");
        if (end < start) return new PortSpec(text, start, end, protocol, "the range ends before it starts");
        if (protocol is not ("tcp" or "udp" or "sctp"))
        {
            var lower = protocol.ToLowerInvariant();
            var error = lower is "tcp" or "udp" or "sctp" ? $"the protocol must be lower case ({lower})" : "the protocol must be tcp, udp or sctp";
            return new PortSpec(text, start, end, protocol, error);
        }

        return new PortSpec(text, start, end, protocol, null);
    }
}
