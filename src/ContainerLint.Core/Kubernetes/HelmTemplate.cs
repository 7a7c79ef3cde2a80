namespace ContainerLint.Core.Kubernetes;

using ContainerLint.Core.Model;
using ContainerLint.Core.Yaml;

/// <summary>
/// Recognises an unrendered Helm/Go template. <c>{{</c> inside a quoted or block scalar is legitimate
/// (Prometheus alert text, Alertmanager templates), so only template syntax in the YAML structure
/// counts: a parse failure with <c>{{</c> in the text, a flow mapping that opens with <c>{{</c>, or a
/// plain scalar holding <c>{{ … }}</c>.
/// </summary>
internal static class HelmTemplate
{
    private const int MaxVisited = 1_000_000;

    public static SourceSpan? Find(YamlStream yaml)
    {
        var text = yaml.Text.Text;
        var first = text.IndexOf("{{", StringComparison.Ordinal);
        if (first < 0) return null;
        if (yaml.Failed) return yaml.Text.GetSpan(first, first + 2);

        // Iterative walk with a visited set: aliases share nodes, so each node is looked at once.
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<YamlNode>();
        foreach (var d in yaml.Documents)
        {
            if (d.Root is not null) stack.Push(d.Root);
        }

        while (stack.Count > 0 && visited.Count < MaxVisited)
        {
            var node = stack.Pop();
            if (!visited.Add(node)) continue;
            switch (node)
            {
                case YamlScalar { IsPlain: true } s when s.Value.Contains("{{", StringComparison.Ordinal) && s.Value.Contains("}}", StringComparison.Ordinal):
                    return s.Span;
                case YamlMapping { IsFlow: true } m when StartsWithBraces(yaml, m.Span):
                    return m.Span;
                case YamlMapping m:
                    foreach (var e in m.Entries)
                    {
                        stack.Push(e.Key);
                        stack.Push(e.Value);
                    }

                    break;
                case YamlSequence q:
                    foreach (var i in q.Items) stack.Push(i);
                    break;
            }
        }

        return null;
    }

    private static bool StartsWithBraces(YamlStream yaml, SourceSpan span)
    {
        var offset = yaml.Text.GetOffset(span.Line, span.Column);
        var text = yaml.Text.Text;
        return offset + 1 < text.Length && text[offset] == '{' && text[offset + 1] == '{';
    }
}
