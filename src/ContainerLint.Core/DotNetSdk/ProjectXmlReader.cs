namespace ContainerLint.Core.DotNetSdk;

using System.Xml;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Text;

/// <summary>An <c>&lt;Import Project="…"&gt;</c> as written, in document order.</summary>
public sealed record ProjectImport(string Project, SourceSpan Span);

/// <summary>What <see cref="ProjectXmlReader"/> found in one MSBuild file.</summary>
public sealed record ProjectXmlScan(
    IReadOnlyList<SdkProperty> Properties,
    IReadOnlyList<SdkItem> Items,
    IReadOnlyList<ProjectImport> Imports,
    SourceSpan ProjectElementSpan,
    IReadOnlyList<RuleHit> Diagnostics)
{
    /// <summary>Imports and container settings in document order, so evaluation order can be replayed across files.</summary>
    public required IReadOnlyList<object> InOrder { get; init; }
}

/// <summary>
/// Reads an MSBuild file as plain XML with line information and records where the container
/// properties and items are written. It never evaluates conditions (the MSBuild task supplies
/// evaluated values) and never resolves DTDs or external entities.
/// </summary>
public static class ProjectXmlReader
{
    /// <summary>Deeper than any real project; XmlReader does not recurse, but a bound keeps the scan linear in memory.</summary>
    public const int MaxDepth = 64;

    public static ProjectXmlScan Read(SourceText text)
    {
        var properties = new List<SdkProperty>();
        var items = new List<SdkItem>();
        var imports = new List<ProjectImport>();
        var inOrder = new List<object>();
        var diagnostics = new List<RuleHit>();
        var projectSpan = SourceSpan.FileStart;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 1024,
        };

        try
        {
            using var reader = XmlReader.Create(new StringReader(text.Text), settings);
            var info = (IXmlLineInfo)reader;
            var insideTarget = 0;
            while (reader.Read())
            {
                if (reader.Depth > MaxDepth)
                {
                    diagnostics.Add(new RuleHit(StartPoint(info), $"XML nesting deeper than {MaxDepth} levels") { RuleIdOverride = DiagnosticIds.LimitExceeded });
                    break;
                }

                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "Target") insideTarget--;
                if (reader.NodeType != XmlNodeType.Element) continue;
                var name = reader.LocalName;
                if (reader.Depth == 0)
                {
                    projectSpan = StartTagSpan(text, info);
                    continue;
                }

                if (name == "Target" && !reader.IsEmptyElement)
                {
                    insideTarget++;
                    continue;
                }

                if (insideTarget > 0 || reader.Depth < 1) continue;
                if (reader.Depth == 1 && name == "Import")
                {
                    var import = new ProjectImport(reader.GetAttribute("Project") ?? "", StartTagSpan(text, info));
                    imports.Add(import);
                    inOrder.Add(import);
                    continue;
                }

                if (reader.Depth != 2) continue;
                if (SdkContainerNames.IsRecorded(name))
                {
                    var property = ReadProperty(reader, info, text, name);
                    properties.Add(property);
                    inOrder.Add(property);
                }
                else if (SdkContainerNames.IsItem(name))
                {
                    var item = ReadItem(reader, info, text, name);
                    if (item is not null)
                    {
                        items.Add(item);
                        inOrder.Add(item);
                    }
                }
            }
        }
        catch (XmlException ex)
        {
            var line = Math.Max(ex.LineNumber, 1);
            var column = Math.Max(ex.LinePosition, 1);
            diagnostics.Add(new RuleHit(SourceSpan.Point(line, column), ex.Message) { RuleIdOverride = DiagnosticIds.ParseError });
        }

        return new ProjectXmlScan(properties, items, imports, projectSpan, diagnostics) { InOrder = inOrder };
    }

    private static SdkProperty ReadProperty(XmlReader reader, IXmlLineInfo info, SourceText text, string name)
    {
        var start = StartOffset(text, info);
        if (reader.IsEmptyElement) return new SdkProperty(name, "", text.GetSpan(start, TagEnd(text, start)));
        var depth = reader.Depth;
        var value = new System.Text.StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace) value.Append(reader.Value);
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
        }

        var end = TagEnd(text, StartOffset(text, info));
        return new SdkProperty(name, value.ToString().Trim(), text.GetSpan(start, end));
    }

    private static SdkItem? ReadItem(XmlReader reader, IXmlLineInfo info, SourceText text, string itemType)
    {
        var start = StartOffset(text, info);
        var include = reader.GetAttribute("Include");
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.LocalName is not ("Include" or "Condition" or "Remove" or "Update" or "Exclude")) metadata[reader.LocalName] = reader.Value;
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        int end;
        if (reader.IsEmptyElement)
        {
            end = TagEnd(text, start);
        }
        else
        {
            var depth = reader.Depth;
            string? child = null;
            var value = new System.Text.StringBuilder();
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1)
                {
                    child = reader.LocalName;
                    value.Clear();
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && child is not null)
                {
                    value.Append(reader.Value);
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth + 1 && child is not null)
                {
                    metadata[child] = value.ToString().Trim();
                    child = null;
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    break;
                }
            }

            end = TagEnd(text, StartOffset(text, info));
        }

        // Remove/Update do not add an item; only Include defines one we can point at.
        return include is null ? null : new SdkItem(itemType, include.Trim(), metadata, text.GetSpan(start, end));
    }

    /// <summary>Offset of the '&lt;' (or '&lt;/') of the tag whose name the reader points at.</summary>
    private static int StartOffset(SourceText text, IXmlLineInfo info)
    {
        var offset = text.GetOffset(info.LineNumber, info.LinePosition) - 1;
        while (offset > 0 && text.Text[offset] != '<') offset--;
        return Math.Max(offset, 0);
    }

    /// <summary>Offset just past the '&gt;' that closes the tag starting at <paramref name="start"/>, skipping quoted attribute values.</summary>
    private static int TagEnd(SourceText text, int start)
    {
        char quote = '\0';
        for (var i = start; i < text.Text.Length; i++)
        {
            var c = text.Text[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return text.Text.Length;
    }

    private static SourceSpan StartTagSpan(SourceText text, IXmlLineInfo info)
    {
        var start = StartOffset(text, info);
        return text.GetSpan(start, TagEnd(text, start));
    }

    private static SourceSpan StartPoint(IXmlLineInfo info) => SourceSpan.Point(Math.Max(info.LineNumber, 1), Math.Max(info.LinePosition - 1, 1));
}
