namespace ContainerLint.Core.Kubernetes;

using System.Text;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Maps the output of <c>helm template</c> back to its templates. Helm starts each rendered document with
/// <c>---</c> and a <c># Source: chart/templates/x.yaml</c> comment; <see cref="Split"/> turns such a stream into one
/// input per template, named by that path and holding that template's documents exactly as
/// <c>helm template --show-only templates/x.yaml</c> prints them. Every finding then names the template file, with a
/// line and column in its rendered text (the document is the one that line falls in, and the finding's object names
/// it), and every output format, snippets included, shows it that way. Documents without a <c># Source:</c> stay under
/// the stream's own name. The text is never evaluated; names are cleaned of control characters.
/// </summary>
public static class HelmRenderedStream
{
    private const string SourceMarker = "# Source: ";

    private const int MaxNameLength = 300;

    /// <summary>The inputs to lint for <paramref name="target"/>: one per template when it is a rendered Helm stream, else the target itself.</summary>
    public static IReadOnlyList<LintTarget> Split(LintTarget target)
    {
        if (target.Content is not { } bytes || SourceDecoder.Decode(bytes, out _, out _) is not { } text) return [target];
        if (!text.Contains(SourceMarker, StringComparison.Ordinal)) return [target];
        var groups = new List<(string Name, StringBuilder Text)>();
        var byName = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        var named = false;
        foreach (var document in Documents(text))
        {
            var source = SourceOf(document);
            named |= source is not null;
            var name = source ?? target.DisplayPath;
            if (!byName.TryGetValue(name, out var sb))
            {
                byName[name] = sb = new StringBuilder();
                groups.Add((name, sb));
            }

            sb.Append(document);
        }

        if (!named) return [target];
        return groups
            .Where(g => g.Name != target.DisplayPath || g.Text.ToString().Trim().Trim('-').Trim().Length > 0)
            .Select(g => new LintTarget(null, g.Name, FileKind.Kubernetes, ExplicitlyGiven: true) { Content = Encoding.UTF8.GetBytes(g.Text.ToString()) })
            .ToList();
    }

    /// <summary>The stream cut before each line that opens a document (<c>---</c> at the start of a line), line endings kept.</summary>
    private static IEnumerable<string> Documents(string text)
    {
        var start = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline + 1;
            if (lineStart > start && OpensDocument(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                yield return text[start..lineStart];
                start = lineStart;
            }

            lineStart = lineEnd;
        }

        if (start < text.Length) yield return text[start..];
    }

    private static bool OpensDocument(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("---")) return false;
        var rest = line[3..].TrimEnd("\r\n");
        return rest.Length == 0 || rest[0] is ' ' or '\t';
    }

    /// <summary>The template path of a document's leading <c># Source:</c> comment (before its first content line), cleaned; null when it has none.</summary>
    private static string? SourceOf(string document)
    {
        // Only the lines before the first content line are read: a huge document costs nothing more.
        for (var start = 0; start < document.Length;)
        {
            var end = document.IndexOf('\n', start);
            if (end < 0) end = document.Length;
            var raw = document.AsSpan(start, end - start);
            start = end + 1;
            var line = raw.Trim();
            if (line.Length == 0 || OpensDocument(raw)) continue;
            if (line[0] != '#') return null;
            if (line.StartsWith(SourceMarker, StringComparison.Ordinal)) return Clean(line[SourceMarker.Length..].ToString());
        }

        return null;
    }

    private static string? Clean(string path)
    {
        var chars = path.Trim().Where(c => !char.IsControl(c)).Take(MaxNameLength).ToArray();
        var name = new string(chars).Replace('\\', '/').Trim();
        return name.Length == 0 ? null : name;
    }
}
