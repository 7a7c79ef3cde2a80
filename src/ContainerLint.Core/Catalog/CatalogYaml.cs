namespace ContainerLint.Core.Catalog;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Text;
using ContainerLint.Core.Yaml;
using YamlDotNet.Core;

/// <summary>
/// Reads a catalog file into plain values, through the same bounded reader as manifests and configuration
/// (<see cref="YamlStream"/>): a scalar is a <see cref="string"/>, a sequence a <see cref="List{T}"/> of values,
/// a mapping a <see cref="Dictionary{TKey, TValue}"/> keyed by scalar keys (entries under non-scalar keys are
/// dropped). A syntax error, a nesting limit or a duplicate key throws a <see cref="YamlException"/> with its
/// position. An alias resolves to its anchor's value, converted once.
/// </summary>
internal static class CatalogYaml
{
    // Catalog files are a few levels deep; the cap only guards against a hostile embedded file.
    private const int MaxDepth = 64;

    public static IReadOnlyList<object> Load(string yaml)
    {
        var stream = YamlStream.Load(new SourceText(yaml));
        if (stream.Diagnostics.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column).FirstOrDefault() is { } problem)
        {
            var what = problem.RuleIdOverride == DiagnosticIds.DuplicateKey ? $"Duplicate key {problem.Args.FirstOrDefault()}" : problem.Args.FirstOrDefault();
            throw new YamlException($"({problem.Span.Line},{problem.Span.Column}): {what}");
        }

        var converted = new Dictionary<YamlNode, object>(ReferenceEqualityComparer.Instance);
        return [.. stream.Documents.Select(d => d.Root is null ? "" : Convert(d.Root, converted, 0))];
    }

    private static object Convert(YamlNode node, Dictionary<YamlNode, object> converted, int depth)
    {
        if (depth > MaxDepth) throw new YamlException($"({node.Span.Line},{node.Span.Column}): catalog file nested too deeply");
        if (converted.TryGetValue(node, out var done)) return done;
        object result;
        switch (node)
        {
            case YamlScalar scalar:
                result = scalar.Value;
                break;
            case YamlSequence sequence:
            {
                var list = new List<object>(sequence.Items.Count);
                converted[node] = list;
                foreach (var item in sequence.Items) list.Add(Convert(item, converted, depth + 1));
                result = list;
                break;
            }

            default:
            {
                var map = new Dictionary<string, object>(StringComparer.Ordinal);
                converted[node] = map;
                foreach (var entry in ((YamlMapping)node).Entries)
                {
                    if (entry.Key is YamlScalar key) map[key.Value] = Convert(entry.Value, converted, depth + 1);
                }

                result = map;
                break;
            }
        }

        converted[node] = result;
        return result;
    }
}
