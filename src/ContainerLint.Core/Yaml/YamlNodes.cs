namespace ContainerLint.Core.Yaml;

using ContainerLint.Core.Model;

/// <summary>
/// A node of the position-exact YAML model. Nodes reached through an alias are the same object
/// as the anchored node (shared, never copied), so an alias bomb costs nothing to build.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(SourceSpan span, string? tag, string? anchor)
    {
        Span = span;
        Tag = tag;
        Anchor = anchor;
    }

    /// <summary>Where the node is written: from its first to one past its last character.</summary>
    public SourceSpan Span { get; internal set; }

    /// <summary>An explicit tag (<c>!!str</c>, <c>!custom</c>); tags are kept as text and never activate types.</summary>
    public string? Tag { get; }

    public string? Anchor { get; }
}

/// <summary>A scalar: its text as written (after unquoting) and its style.</summary>
public sealed class YamlScalar : YamlNode
{
    internal YamlScalar(SourceSpan span, string? tag, string? anchor, string value, bool isPlain)
        : base(span, tag, anchor)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Unquoted and not a block scalar: only plain scalars resolve to null, booleans or numbers.</summary>
    public bool IsPlain { get; }

    /// <summary><c>null</c>, <c>~</c> or empty, written plain (as the API server's YAML decoder resolves it).</summary>
    public bool IsNull => IsPlain && Tag is null && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>
    /// The boolean a plain scalar resolves to in YAML 1.1 (what sigs.k8s.io/yaml uses: <c>yes</c>/<c>on</c>
    /// count), or null when the scalar is not a boolean.
    /// </summary>
    public bool? AsBoolean() => !IsPlain ? null : Value switch
    {
        "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "y" or "Y" => true,
        "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "n" or "N" => false,
        _ => null,
    };

    /// <summary>The integer a plain scalar resolves to (decimal, 0x hex, 0o octal), or null.</summary>
    public long? AsInteger()
    {
        if (!IsPlain) return null;
        var v = Value.Replace("_", "", StringComparison.Ordinal);
        if (long.TryParse(v, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
        if (v.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(v.AsSpan(2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out n)) return n;
        return null;
    }

    public override string ToString() => Value;
}

/// <summary>A sequence of nodes.</summary>
public sealed class YamlSequence : YamlNode
{
    private YamlNode[] _items = [];

    internal YamlSequence(SourceSpan span, string? tag, string? anchor, bool isFlow)
        : base(span, tag, anchor) => IsFlow = isFlow;

    public bool IsFlow { get; }

    public IReadOnlyList<YamlNode> Items => _items;

    /// <summary>Sets the items once the sequence is read (the loader collects them in a shared buffer first, so each sequence gets one exact-size array).</summary>
    internal void Complete(YamlNode[] items) => _items = items;
}

/// <summary>One key/value pair of a mapping, with both spans.</summary>
public sealed record YamlEntry(YamlNode Key, YamlNode Value)
{
    /// <summary>The key's text when the key is a scalar, else null.</summary>
    public string? KeyText => (Key as YamlScalar)?.Value;

    /// <summary>From the key's first character to the value's last.</summary>
    public SourceSpan Span => Key.Span.Union(Value.Span);
}

/// <summary>
/// A mapping. Duplicate scalar keys keep the last value (as the API server does) at the position
/// of the first key's slot; merge keys (<c>&lt;&lt;</c>) are honoured by <see cref="Find"/>.
/// </summary>
public sealed class YamlMapping : YamlNode
{
    /// <summary>Up to this many entries a key is found by a linear scan: manifests' mappings are small, and a dictionary per mapping costs more than it saves.</summary>
    internal const int IndexThreshold = 8;

    private YamlEntry[] _entries = [];
    private Dictionary<string, int>? _index;
    private bool _hasMerge;

    internal YamlMapping(SourceSpan span, string? tag, string? anchor, bool isFlow)
        : base(span, tag, anchor) => IsFlow = isFlow;

    public bool IsFlow { get; }

    public IReadOnlyList<YamlEntry> Entries => _entries;

    /// <summary>The entry with a scalar key equal to <paramref name="key"/>, looking into merge keys (<c>&lt;&lt;</c>, up to 8 levels) when absent.</summary>
    public YamlEntry? Find(string key)
    {
        var i = IndexOf(key);
        if (i >= 0) return _entries[i];
        if (!_hasMerge) return null;

        // Each merged mapping is searched once: aliases let `<<: [*a, *a, …]` nest into an exponential tree otherwise.
        return FindInMerges(key, new HashSet<YamlMapping>(ReferenceEqualityComparer.Instance) { this }, 0);
    }

    /// <summary>
    /// The entries as the API server or Compose sees them: merge keys resolved (own keys win, then the merged
    /// mappings in order, each key once) and the <c>&lt;&lt;</c> entries themselves left out.
    /// </summary>
    public IReadOnlyList<YamlEntry> MergedEntries()
    {
        if (!_hasMerge) return _entries;
        var result = new List<YamlEntry>();
        CollectMerged(new HashSet<string>(StringComparer.Ordinal), new HashSet<YamlMapping>(ReferenceEqualityComparer.Instance) { this }, result, 0);
        return result;
    }

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public YamlNode? this[string key] => Find(key)?.Value;

    public YamlMapping? GetMapping(string key) => this[key] as YamlMapping;

    public YamlSequence? GetSequence(string key) => this[key] as YamlSequence;

    public YamlScalar? GetScalar(string key) => this[key] as YamlScalar;

    /// <summary>The scalar text of <paramref name="key"/>, null when absent, null-valued or not a scalar.</summary>
    public string? GetString(string key) => GetScalar(key) is { IsNull: false } s ? s.Value : null;

    public bool? GetBoolean(string key) => GetScalar(key)?.AsBoolean();

    public long? GetInteger(string key) => GetScalar(key)?.AsInteger();

    /// <summary>
    /// Sets the entries once the mapping is read: duplicates already resolved (last value wins, in the first key's slot),
    /// <paramref name="index"/> (key to position) present when there are more than <see cref="IndexThreshold"/> entries.
    /// </summary>
    internal void Complete(YamlEntry[] entries, Dictionary<string, int>? index, bool hasMerge)
    {
        _entries = entries;
        _index = index;
        _hasMerge = hasMerge;
    }

    /// <summary>The position of the own (not merged) entry with scalar key <paramref name="key"/>, or -1; merge entries are not keys.</summary>
    private int IndexOf(string key)
    {
        if (_index is not null) return _index.TryGetValue(key, out var i) ? i : -1;
        return IndexOf(_entries, key);
    }

    /// <summary>The position of the non-merge entry with scalar key <paramref name="key"/> in <paramref name="entries"/>, or -1.</summary>
    internal static int IndexOf(ReadOnlySpan<YamlEntry> entries, string key)
    {
        for (var j = 0; j < entries.Length; j++)
        {
            var e = entries[j];
            if (e.Key is YamlScalar k && string.Equals(k.Value, key, StringComparison.Ordinal) && !IsMerge(e)) return j;
        }

        return -1;
    }

    internal static bool IsMerge(YamlEntry e) => e.KeyText == "<<" && e.Key is YamlScalar { IsPlain: true };

    private IEnumerable<YamlMapping> MergeSources()
    {
        foreach (var e in _entries)
        {
            if (!IsMerge(e)) continue;
            if (e.Value is YamlMapping m) yield return m;
            else if (e.Value is YamlSequence s)
            {
                foreach (var item in s.Items)
                {
                    if (item is YamlMapping sm) yield return sm;
                }
            }
        }
    }

    private YamlEntry? FindInMerges(string key, HashSet<YamlMapping> visited, int depth)
    {
        if (depth > 8) return null;
        foreach (var m in MergeSources())
        {
            if (!visited.Add(m)) continue;
            if (m.IndexOf(key) is var i and >= 0) return m._entries[i];
            if (m._hasMerge && m.FindInMerges(key, visited, depth + 1) is { } found) return found;
        }

        return null;
    }

    private void CollectMerged(HashSet<string> seen, HashSet<YamlMapping> visited, List<YamlEntry> into, int depth)
    {
        foreach (var e in _entries)
        {
            if (IsMerge(e) || e.KeyText is { } k && !seen.Add(k)) continue;
            into.Add(e);
        }

        if (depth > 8) return;
        foreach (var m in MergeSources())
        {
            if (visited.Add(m)) m.CollectMerged(seen, visited, into, depth + 1);
        }
    }
}

/// <summary>One document of a YAML stream.</summary>
/// <param name="Root">The root node; null for an empty document.</param>
/// <param name="Span">From the document's first to its last content character.</param>
public sealed record YamlDocument(YamlNode? Root, SourceSpan Span);
