namespace ContainerLint.Core.Kubernetes;

using ContainerLint.Core.Model;
using ContainerLint.Core.Text;
using ContainerLint.Core.Yaml;

/// <summary>
/// The fixes that add the restricted profile's container securityContext defaults (allowPrivilegeEscalation: false,
/// capabilities.drop: ["ALL"], seccompProfile.type: RuntimeDefault, runAsNonRoot: true) where the field is absent. The
/// new lines go after the last field of the block mapping they extend (the container, its securityContext or its
/// capabilities), at that mapping's indentation, one indentation step (the file's own, read from the container) deeper
/// for what they nest, with the file's line ending; nothing else of the file changes. No fix is offered in a flow-style
/// mapping (JSON included), in a file with YAML anchors (an aliased mapping would change in every place that names it),
/// or where the mapping's text is not laid out as block YAML the edit can extend.
/// </summary>
internal static class SecurityContextFixes
{
    private const int DefaultStep = 2;

    /// <summary><c>securityContext.&lt;key&gt;: &lt;value&gt;</c> for a field that is absent (<paramref name="nested"/>: the lines under it).</summary>
    public static Fix? AddField(ContainerView container, string description, string field, params string[] nested)
    {
        if (container.Workload.File is not { } file || file.Yaml.UsesAnchors || container.Node.IsFlow) return null;
        var text = file.Text;
        var step = Step(container.Node);
        var lines = new List<(int Depth, string Text)>();
        YamlMapping target;
        if (container.Node.Find("securityContext") is null)
        {
            target = container.Node;
            lines.Add((0, "securityContext:"));
        }
        else if (container.SecurityContext is { IsFlow: false, Entries.Count: > 0 } sc)
        {
            target = sc;
        }
        else
        {
            return null;
        }

        var depth = lines.Count;
        if (nested.Length == 0)
        {
            lines.Add((depth, field));
        }
        else
        {
            lines.Add((depth, field + ":"));
            lines.AddRange(nested.Select(n => (depth + 1, n)));
        }

        return Append(text, target, lines, step, description);
    }

    /// <summary><c>capabilities.drop: ["ALL"]</c> when capabilities has no drop list (or is absent).</summary>
    public static Fix? DropAllCapabilities(ContainerView container, string description)
    {
        if (container.SecurityContext?.Find("capabilities") is null) return AddField(container, description, "capabilities", "drop: [\"ALL\"]");
        if (container.Workload.File is not { } file || file.Yaml.UsesAnchors || container.Node.IsFlow) return null;
        if (container.Capabilities is not { IsFlow: false, Entries.Count: > 0 } caps || caps.Find("drop") is not null) return null;
        return Append(file.Text, caps, [(0, "drop: [\"ALL\"]")], Step(container.Node), description);
    }

    /// <summary>The insertion after the last entry of <paramref name="target"/>: each line on its own, indented from the mapping's column.</summary>
    private static Fix? Append(SourceText text, YamlMapping target, IReadOnlyList<(int Depth, string Text)> lines, int step, string description)
    {
        var first = target.Entries[0].Key.Span;
        // Block layout: only spaces and sequence dashes before the first key, and every key in that column.
        var firstLine = text.GetLine(first.Line);
        if (first.Column - 1 > firstLine.Length || firstLine[..(first.Column - 1)].ContainsAnyExcept(' ', '-')) return null;
        if (target.Entries.Any(e => e.Key.Span.Column != first.Column || e.Key is not YamlScalar)) return null;
        var last = target.Entries[^1].Value.Span;
        // A block scalar's span ends at the start of the line after it.
        var endLine = last.EndColumn == 1 && last.EndLine > last.Line ? last.EndLine - 1 : last.EndLine;
        if (endLine < 1 || endLine > text.LineCount) return null;
        var endOfLine = text.GetLine(endLine).Length + 1;
        var eol = LineEnding(text, endLine);
        var sb = new System.Text.StringBuilder();
        foreach (var (depth, line) in lines)
        {
            sb.Append(eol).Append(' ', first.Column - 1 + (depth * step)).Append(line);
        }

        return new Fix(description, SourceSpan.Point(endLine, endOfLine), sb.ToString());
    }

    /// <summary>The file's indentation step: how much deeper the first key of a block mapping under the container sits, else 2.</summary>
    private static int Step(YamlMapping container)
    {
        foreach (var e in container.Entries)
        {
            if (e.Value is YamlMapping { IsFlow: false, Entries.Count: > 0 } child && child.Entries[0].Key.Span.Line > e.Key.Span.Line)
            {
                var step = child.Entries[0].Key.Span.Column - e.Key.Span.Column;
                if (step is > 0 and <= 8) return step;
            }
        }

        return DefaultStep;
    }

    /// <summary>The line ending of <paramref name="line"/> (of the line before it when it is the last and has none), else \n.</summary>
    private static string LineEnding(SourceText text, int line)
    {
        foreach (var l in (ReadOnlySpan<int>)[line, line - 1])
        {
            if (l < 1) continue;
            var end = text.GetOffset(l, text.GetLine(l).Length + 1);
            if (end >= text.Text.Length) continue;
            return text.Text[end] != '\r' ? "\n" : end + 1 < text.Text.Length && text.Text[end + 1] == '\n' ? "\r\n" : "\r";
        }

        return "\n";
    }
}
