namespace ContainerLint.Core.Dockerfile.Rules.Analysis;

using System.Globalization;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>One EXPOSE argument after variable expansion: a port or range and its protocol, or why it is malformed.</summary>
internal sealed record ExposedPort(InstructionArgument Argument, string Value, int Start, int End, string Protocol, string? Error)
{
    public SourceSpan Span => Argument.Span;

    public bool Contains(int port) => Error is null && port >= Start && port <= End;
}

/// <summary>Reads EXPOSE arguments the way BuildKit does (<c>80</c>, <c>80/tcp</c>, <c>8000-8010/udp</c>).</summary>
internal static class HygienePorts
{
    /// <summary>The resolved ports the final image exposes: EXPOSE in the final stage and in the stages it is built on.</summary>
    public static IEnumerable<ExposedPort> ExposedByFinalImage(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        if (graph.Final is not { } final) yield break;
        foreach (var expose in final.SelfAndBaseStages().SelectMany(s => s.OfKind(InstructionKind.Expose)))
        {
            foreach (var port in Read(graph, expose)) yield return port;
        }
    }

    /// <summary>The resolved ports of an EXPOSE; arguments with unresolved variables are skipped.</summary>
    public static IEnumerable<ExposedPort> Read(StageGraph graph, Instruction expose)
    {
        var scope = graph.ScopeAt(expose);
        foreach (var argument in expose.Arguments)
        {
            var word = scope.Expand(argument);
            if (!word.IsFullyResolved || word.Value.Length == 0) continue;
            foreach (var value in word.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return Parse(argument, value);
            }
        }
    }

    private static ExposedPort Parse(InstructionArgument argument, string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var portText = slash < 0 ? value : value[..slash];
        var protocol = slash < 0 ? "tcp" : value[(slash + 1)..];
        if (portText.Contains(':', StringComparison.Ordinal)) return new ExposedPort(argument, value, 0, 0, protocol, "a host mapping (ip:host:container) cannot be set in a Dockerfile");
        var dash = portText.IndexOf('-', StringComparison.Ordinal);
        var a = dash < 0 ? portText : portText[..dash];
        var b = dash < 0 ? portText : portText[(dash + 1)..];
        if (!int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var start) || !int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            return new ExposedPort(argument, value, 0, 0, protocol, "it is not a port number or range");
        }

        if (start > 65535 || end > 65535) return new ExposedPort(argument, value, start, end, protocol, "ports range from 0 to 65535");
        if (end < start) return new ExposedPort(argument, value, start, end, protocol, "the range ends before it starts");
        if (protocol is not ("tcp" or "udp" or "sctp"))
        {
            var lower = protocol.ToLowerInvariant();
            var error = lower is "tcp" or "udp" or "sctp" ? $"the protocol must be lower case ({lower})" : "the protocol must be tcp, udp or sctp";
            return new ExposedPort(argument, value, start, end, protocol, error);
        }

        return new ExposedPort(argument, value, start, end, protocol, null);
    }
}
