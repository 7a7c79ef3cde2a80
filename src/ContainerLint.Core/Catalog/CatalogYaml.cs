namespace ContainerLint.Core.Catalog;

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

/// <summary>
/// Reads a catalog file with YamlDotNet's event parser into plain values: a scalar is a <see cref="string"/>, a
/// sequence a <see cref="List{T}"/> of values, a mapping a <see cref="Dictionary{TKey, TValue}"/> keyed by scalar keys
/// (entries under non-scalar keys are dropped, a duplicate key throws as YamlStream does). Aliases resolve to their anchor.
/// </summary>
internal static class CatalogYaml
{
    // Catalog files are a few levels deep; the cap only guards against a hostile embedded file.
    private const int MaxDepth = 64;

    public static IReadOnlyList<object> Load(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, object>(StringComparer.Ordinal);
        var documents = new List<object>();
        parser.Consume<StreamStart>();
        while (parser.TryConsume<DocumentStart>(out _))
        {
            documents.Add(ReadNode(parser, anchors, 0));
            parser.Consume<DocumentEnd>();
        }

        parser.Consume<StreamEnd>();
        return documents;
    }

    private static object ReadNode(IParser parser, Dictionary<string, object> anchors, int depth)
    {
        if (depth > MaxDepth) throw new YamlException("catalog file nested too deeply");
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new AnchorNotFoundException(alias.Start, alias.End, $"Alias ${alias.Value} cannot precede anchor declaration");
        }

        object node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            node = scalar.Value;
            anchor = scalar.Anchor;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var list = new List<object>();
            anchor = sequenceStart.Anchor;
            if (!anchor.IsEmpty) anchors[anchor.Value] = list;
            while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(ReadNode(parser, anchors, depth + 1));
            return list;
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            var map = new Dictionary<string, object>(StringComparer.Ordinal);
            anchor = mappingStart.Anchor;
            if (!anchor.IsEmpty) anchors[anchor.Value] = map;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyStart = parser.Current!.Start;
                var key = ReadNode(parser, anchors, depth + 1);
                var value = ReadNode(parser, anchors, depth + 1);
                if (key is not string k) continue;
                if (!map.TryAdd(k, value)) throw new YamlException(keyStart, keyStart, $"Duplicate key {k}");
            }

            return map;
        }

        if (!anchor.IsEmpty) anchors[anchor.Value] = node;
        return node;
    }
}
