namespace ContainerLint.Core.Kubernetes;

using ContainerLint.Core.Model;
using ContainerLint.Core.Yaml;

/// <summary>
/// Recognises an unrendered Helm/Go template. <c>{{</c> inside a quoted or block scalar is legitimate
/// (Prometheus alert text, Alertmanager templates), so only template syntax in the YAML structure
/// counts: a parse failure with <c>{{</c> in the text, a flow mapping that opens with <c>{{</c>, or a
/// plain scalar holding a Helm action (<c>{{ .Values.x }}</c>, <c>{{ include … }}</c>). Plain
/// scalars are also how kube-prometheus writes alert descriptions
/// (<c>description: Pod {{ $labels.pod }} is down.</c>), so a plain <c>{{ … }}</c> alone is not enough.
/// </summary>
internal static partial class HelmTemplate
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

        // Report the first template in the file, so the note points at the same place every time.
        SourceSpan? found = null;
        while (stack.Count > 0 && visited.Count < MaxVisited)
        {
            var node = stack.Pop();
            if (!visited.Add(node)) continue;
            switch (node)
            {
                case YamlScalar { IsPlain: true } s when IsHelmAction(s.Value):
                    found = Earlier(found, s.Span);
                    break;
                case YamlMapping { IsFlow: true } m when StartsWithBraces(yaml, m.Span):
                    found = Earlier(found, m.Span);
                    break;
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

        return found;
    }

    private static SourceSpan Earlier(SourceSpan? a, SourceSpan b) =>
        a is { } x && (x.Line < b.Line || x.Line == b.Line && x.Column <= b.Column) ? x : b;

    /// <summary>A <c>{{ … }}</c> action that uses Helm's built-in objects or functions (not Prometheus' <c>$labels</c>, <c>$value</c>).</summary>
    internal static bool IsHelmAction(string value) =>
        value.Contains("{{", StringComparison.Ordinal) && value.Contains("}}", StringComparison.Ordinal) && HelmAction().IsMatch(value);

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\{\{-?[^}]*?(\$?\.(Values|Release|Chart|Capabilities|Files|Template)\b|\b(include|tpl|required|toYaml|nindent|indent|lookup)\b)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HelmAction();

    private static bool StartsWithBraces(YamlStream yaml, SourceSpan span)
    {
        var offset = yaml.Text.GetOffset(span.Line, span.Column);
        var text = yaml.Text.Text;
        return offset + 1 < text.Length && text[offset] == '{' && text[offset + 1] == '{';
    }
}
