namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Model;

/// <summary>
/// Decides what a file is from its name and, for YAML/JSON, a cheap look at its content:
/// a manifest is linted as Kubernetes only when it carries both <c>apiVersion</c> and <c>kind</c>;
/// other YAML (CI workflows, Helm values) is skipped silently.
/// </summary>
public static class FileClassifier
{
    /// <summary>The kind a file name alone implies, or null when the content must decide (YAML/JSON) or the file is not ours.</summary>
    public static FileKind? FromName(string path, out bool isManifestCandidate)
    {
        isManifestCandidate = false;
        var name = Path.GetFileName(path);
        if (IsDockerfileName(name)) return FileKind.Dockerfile;
        if (IsComposeName(name)) return FileKind.Compose;
        if (IsMSBuildName(name)) return FileKind.MSBuild;
        var ext = Path.GetExtension(name);
        if (ext.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || ext.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            isManifestCandidate = true;
        }

        return null;
    }

    public static bool IsDockerfileName(string name) =>
        name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Containerfile", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Containerfile.", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".containerignore", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".containerfile", StringComparison.OrdinalIgnoreCase);

    /// <summary>Project files and the props/targets files they import, where .NET SDK container properties are set.</summary>
    public static bool IsMSBuildName(string name)
    {
        var ext = Path.GetExtension(name);
        return ext.Equals(".csproj", StringComparison.OrdinalIgnoreCase) || ext.Equals(".fsproj", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".vbproj", StringComparison.OrdinalIgnoreCase) || ext.Equals(".props", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".targets", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An MSBuild project file (.csproj, .fsproj, .vbproj), which imports Directory.Build.props and .targets.</summary>
    public static bool IsProjectFileName(string name)
    {
        var ext = Path.GetExtension(name);
        return ext.Equals(".csproj", StringComparison.OrdinalIgnoreCase) || ext.Equals(".fsproj", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".vbproj", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The kind of a file named on the command line whose name says nothing (<c>myimage.txt</c>), from its first
    /// lines: a Dockerfile when its first instruction is FROM or ARG (after comments, parser directives and blank
    /// lines), an MSBuild file when its root element is <c>&lt;Project</c>; otherwise null. Reads at most the first 64 KB.
    /// </summary>
    public static FileKind? FromLeadingText(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 64 * 1024)).TrimStart('\uFEFF');
        var xml = head.TrimStart();
        while (xml.StartsWith("<?", StringComparison.Ordinal) || xml.StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = xml.StartsWith("<?", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) : xml.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0) break;
            xml = xml[(end + (xml[1] == '?' ? 2 : 3))..].TrimStart();
        }

        if (xml.StartsWith("<Project", StringComparison.Ordinal) && xml.Length > 8 && (xml[8] is '>' or '/' || char.IsWhiteSpace(xml[8]))) return FileKind.MSBuild;
        foreach (var range in head.Split('\n'))
        {
            var line = head[range].Trim();
            if (line.IsEmpty || line[0] == '#') continue;
            var word = line[..(line.IndexOfAny(' ', '\t') is var space and >= 0 ? space : line.Length)];
            return word.Equals("FROM", StringComparison.OrdinalIgnoreCase) || word.Equals("ARG", StringComparison.OrdinalIgnoreCase)
                ? FileKind.Dockerfile
                : null;
        }

        return null;
    }

    public static bool IsComposeName(string name)
    {
        var ext = Path.GetExtension(name);
        if (!ext.Equals(".yaml", StringComparison.OrdinalIgnoreCase) && !ext.Equals(".yml", StringComparison.OrdinalIgnoreCase)) return false;
        return name.StartsWith("docker-compose", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("compose", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("podman-compose", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Classifies YAML/JSON content: Kubernetes when some document has top-level <c>apiVersion</c> and
    /// <c>kind</c>; Compose when <paramref name="explicitlyGiven"/> and there is a top-level
    /// <c>services:</c>; otherwise null (not ours, skipped silently).
    /// </summary>
    public static FileKind? FromContent(string text, bool explicitlyGiven)
    {
        if (HasTopLevelKey(text, "apiVersion") && HasTopLevelKey(text, "kind")) return FileKind.Kubernetes;
        if (explicitlyGiven && HasTopLevelKey(text, "services")) return FileKind.Compose;
        return null;
    }

    /// <summary>A line-oriented look for <c>key:</c> at the start of a line (YAML) or <c>"key":</c> anywhere (JSON).</summary>
    internal static bool HasTopLevelKey(string text, string key)
    {
        var quoted = "\"" + key + "\"";
        var index = 0;
        while (index < text.Length)
        {
            // A lone CR ends a line too (old Mac files), as in SourceText and YAML.
            var end = text.IndexOfAny(['\n', '\r'], index);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(index, end - index);
            if (line.StartsWith(key, StringComparison.Ordinal) && line[key.Length..].TrimStart().StartsWith(":")) return true;
            var q = line.IndexOf(quoted, StringComparison.Ordinal);
            if (q >= 0 && line[(q + quoted.Length)..].TrimStart().StartsWith(":")) return true;
            index = end + 1;
        }

        return HasFlowKey(text, key);
    }

    /// <summary>
    /// Flow style (<c>{apiVersion: v1, 'kind': Pod}</c>, possibly over several lines): the key, bare or
    /// single-quoted, whose previous non-blank character is <c>{</c> or <c>,</c> and next is <c>:</c>.
    /// </summary>
    private static bool HasFlowKey(string text, string key)
    {
        for (var i = text.IndexOf(key, StringComparison.Ordinal); i >= 0; i = text.IndexOf(key, i + 1, StringComparison.Ordinal))
        {
            var start = i > 0 && text[i - 1] == '\'' ? i - 1 : i;
            var end = i + key.Length < text.Length && text[i + key.Length] == '\'' && start < i ? i + key.Length + 1 : i + key.Length;
            var before = start - 1;
            while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
            var after = end;
            while (after < text.Length && text[after] is ' ' or '\t') after++;
            if (before >= 0 && text[before] is '{' or ',' && after < text.Length && text[after] == ':') return true;
        }

        return false;
    }
}
