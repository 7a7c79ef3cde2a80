namespace ContainerLint.Core.Configuration;

/// <summary>One section of an <c>.editorconfig</c>: its glob and its properties (keys lower-cased, values trimmed).</summary>
/// <param name="Glob">The section's glob.</param>
/// <param name="Properties">Its properties.</param>
/// <param name="Lines">The 1-based line of each property (the last one written wins, as its value does).</param>
public sealed record EditorConfigSection(EditorConfigGlob Glob, IReadOnlyDictionary<string, string> Properties, IReadOnlyDictionary<string, int> Lines);

/// <summary>
/// An <c>.editorconfig</c> file as the EditorConfig format defines it: an optional preamble (where <c>root = true</c>
/// stops the search for files further up), then <c>[glob]</c> sections of <c>key = value</c> lines; <c>#</c> and
/// <c>;</c> start comment lines; keys are case-insensitive. The file is shared with editors and compilers, so nothing
/// in it is an error for ContainerLint: lines it does not understand are ignored. Bounded: at most
/// <see cref="MaxBytes"/> of text and <see cref="MaxSections"/> sections are read.
/// </summary>
public sealed class EditorConfigFile
{
    public const string FileName = ".editorconfig";

    public const int MaxBytes = 1024 * 1024;

    public const int MaxSections = 10_000;

    private EditorConfigFile(string directory, bool isRoot, IReadOnlyList<EditorConfigSection> sections)
    {
        Directory = directory;
        IsRoot = isRoot;
        Sections = sections;
    }

    /// <summary>The folder holding the file; section globs are relative to it.</summary>
    public string Directory { get; }

    /// <summary><c>root = true</c> in the preamble: no file further up applies.</summary>
    public bool IsRoot { get; }

    public IReadOnlyList<EditorConfigSection> Sections { get; }

    public static EditorConfigFile Parse(string text, string directory)
    {
        var isRoot = false;
        var sections = new List<EditorConfigSection>();
        EditorConfigGlob? glob = null;
        Dictionary<string, string>? properties = null;
        Dictionary<string, int>? lines = null;
        var content = text.Length > MaxBytes ? text[..MaxBytes] : text;
        var number = 0;
        foreach (var range in content.AsSpan().Split('\n'))
        {
            number++;
            var line = content.AsSpan(range).Trim();
            if (line.IsEmpty || line[0] is '#' or ';') continue;
            if (line[0] == '[')
            {
                if (sections.Count >= MaxSections) break;
                var close = line.LastIndexOf(']');
                if (close <= 0) continue;
                if (glob is not null) sections.Add(new EditorConfigSection(glob, properties!, lines!));
                glob = EditorConfigGlob.Parse(line[1..close].ToString());
                properties = new Dictionary<string, string>(StringComparer.Ordinal);
                lines = new Dictionary<string, int>(StringComparer.Ordinal);
                continue;
            }

            var eq = line.IndexOfAny('=', ':');
            if (eq <= 0) continue;
            var key = line[..eq].Trim().ToString().ToLowerInvariant();
            var value = line[(eq + 1)..].Trim().ToString();
            if (glob is null)
            {
                if (key == "root") isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            properties![key] = value;
            lines![key] = number;
        }

        if (glob is not null && sections.Count < MaxSections) sections.Add(new EditorConfigSection(glob, properties!, lines!));
        return new EditorConfigFile(directory, isRoot, sections);
    }

    /// <summary>The line of the last matching section's <paramref name="key"/> for a file below <see cref="Directory"/>, or null.</summary>
    public int? LineOf(string fullPath, string key)
    {
        var relative = Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null;
        int? line = null;
        foreach (var section in Sections)
        {
            if (section.Glob.IsMatch(relative) && section.Lines.TryGetValue(key, out var at)) line = at;
        }

        return line;
    }

    /// <summary>The properties of the sections matching a file below <see cref="Directory"/>, later sections winning.</summary>
    public void Apply(string fullPath, IDictionary<string, string> into)
    {
        var relative = Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return;
        foreach (var section in Sections)
        {
            if (!section.Glob.IsMatch(relative)) continue;
            foreach (var (key, value) in section.Properties) into[key] = value;
        }
    }
}
