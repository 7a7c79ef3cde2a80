namespace ContainerLint.Core.Dockerfile.Analysis;

using System.Buffers;

/// <summary>
/// Literals to look for in a text, ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>): made once by a rule,
/// asked of every RUN. Each literal is searched on its own: one vectorised search per literal measured faster than one
/// search for all of them together.
/// </summary>
public sealed class LiteralSet
{
    private readonly SearchValues<string>[] _literals;

    public LiteralSet(params string[] literals)
    {
        ArgumentOutOfRangeException.ThrowIfZero(literals.Length);
        _literals = [.. literals.Select(l => SearchValues.Create([l], StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>True when <paramref name="text"/> holds one of the literals, ignoring case.</summary>
    public bool In(ReadOnlySpan<char> text)
    {
        foreach (var literal in _literals)
        {
            if (text.ContainsAny(literal)) return true;
        }

        return false;
    }
}
