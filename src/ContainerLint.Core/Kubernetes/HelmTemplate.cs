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
internal static class HelmTemplate
{
    private const int MaxVisited = 1_000_000;

    public static SourceSpan? Find(YamlStream yaml)
    {
        var text = yaml.Text.Text;
        if (!text.Contains("{{", StringComparison.Ordinal)) return null;
        if (yaml.Failed)
        {
            // A broken file that merely mentions {{ }} (alert text, a comment) keeps its parse error.
            var action = FindHelmAction(text);
            return action >= 0 ? yaml.Text.GetSpan(action, action + 2) : null;
        }

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
        value.Contains("{{", StringComparison.Ordinal) && value.Contains("}}", StringComparison.Ordinal) && FindHelmAction(value) >= 0;

    /// <summary>
    /// Where the first <c>{{</c> opening a Helm action is, or -1. Looks for the Helm words first and then back for
    /// the <c>{{</c> on the same line (at most 200 characters), so hostile text such as <c>{{{{…</c> stays linear.
    /// </summary>
    private static int FindHelmAction(string text)
    {
        var best = -1;
        foreach (var word in HelmWords)
        {
            for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                if (!IsWord(text, i, word)) continue;
                var open = ActionOpenedBefore(text, i);
                if (open < 0) continue;
                if (best < 0 || open < best) best = open;
                break;
            }
        }

        return best;
    }

    private static readonly string[] HelmWords =
        [".Values", ".Release", ".Chart", ".Capabilities", ".Files", ".Template", "include", "tpl", "required", "toYaml", "nindent", "indent", "lookup"];

    private static bool IsWord(string text, int at, string word)
    {
        var end = at + word.Length;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) return false;
        return word[0] == '.' || at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '.' or '$');
    }

    private static int ActionOpenedBefore(string text, int at)
    {
        for (var j = at - 1; j >= 1 && j >= at - 200; j--)
        {
            if (text[j] is '}' or '\n') return -1;
            if (text[j] == '{' && text[j - 1] == '{') return j - 1;
        }

        return -1;
    }

    private static bool StartsWithBraces(YamlStream yaml, SourceSpan span)
    {
        var offset = yaml.Text.GetOffset(span.Line, span.Column);
        var text = yaml.Text.Text;
        return offset + 1 < text.Length && text[offset] == '{' && text[offset + 1] == '{';
    }
}
