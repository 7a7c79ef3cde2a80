namespace ContainerLint.Core.Yaml;

using System.Text;

/// <summary>
/// A workaround for one YamlDotNet scanner defect. A block scalar whose first line holds only spaces, no more than the
/// block's own indentation (<c>config.yaml: |</c>, then a line of four spaces, then content indented by four), is valid
/// YAML (YAML 1.2, 8.1.1.1: only leading empty lines with MORE spaces than the first non-empty line are an error), and Go's
/// YAML and kubectl read it; YamlDotNet refuses it when the indentation is auto-detected ("found extra spaces in first
/// line"), and Helm charts write such blocks (Istio's Loki add-on). Spelling the detected indentation out as an indentation
/// indicator (<c>|2</c>) is read the same way by every parser, and YamlDotNet then accepts the block. The copy keeps the
/// file's length and line breaks: the indicator digit takes the place of one space of the blank line.
/// </summary>
internal static class LeadingBlankLines
{
    /// <summary>A copy of <paramref name="yaml"/> with an indentation indicator on each such block, or null when there is none.</summary>
    public static string? Indicate(string yaml)
    {
        char[]? copy = null;
        var lineStart = 0;
        while (lineStart < yaml.Length)
        {
            var lineEnd = EndOf(yaml, lineStart);
            var next = NextLine(yaml, lineEnd);
            if (next < yaml.Length && HeaderIndicatorEnd(yaml, lineStart, lineEnd) is { } insertAt)
            {
                var blankEnd = EndOf(yaml, next);
                var spaces = blankEnd - next;
                var indicator = ContentIndent(yaml, NextLine(yaml, blankEnd)) is { } content ? content - Indent(yaml, lineStart) : 0;
                if (spaces > 0 && IsSpaces(yaml, next, blankEnd) && indicator is >= 1 and <= 9)
                {
                    // The digit goes after the indicator; the rest of the header and its line break move one place right,
                    // and the blank line gives up one space, so everything after it keeps its offset.
                    copy ??= yaml.ToCharArray();
                    var position = insertAt;
                    copy[position++] = (char)('0' + indicator);
                    for (var i = insertAt; i < next; i++) copy[position++] = yaml[i];
                    while (position < blankEnd) copy[position++] = ' ';
                }
            }

            lineStart = next;
        }

        return copy is null ? null : new string(copy);
    }

    private static int EndOf(string s, int start)
    {
        var i = start;
        while (i < s.Length && s[i] is not ('\n' or '\r')) i++;
        return i;
    }

    private static int NextLine(string s, int end)
    {
        if (end < s.Length && s[end] == '\r') end++;
        if (end < s.Length && s[end] == '\n') end++;
        return end;
    }

    private static bool IsSpaces(string s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (s[i] != ' ') return false;
        }

        return true;
    }

    private static int Indent(string s, int start)
    {
        var i = start;
        while (i < s.Length && s[i] == ' ') i++;
        return i - start;
    }

    /// <summary>The indentation of the first line from <paramref name="start"/> on that holds more than spaces; null at the end.</summary>
    private static int? ContentIndent(string s, int start)
    {
        while (start < s.Length)
        {
            var end = EndOf(s, start);
            if (!IsSpaces(s, start, end)) return Indent(s, start);
            start = NextLine(s, end);
        }

        return null;
    }

    /// <summary>
    /// For a line <c>key: |</c> (or <c>&gt;</c>, with an optional chomping indicator and nothing after it) of a block
    /// mapping, where the indicator ends; null for any other line (sequence entries, comments, an explicit indicator).
    /// </summary>
    private static int? HeaderIndicatorEnd(string s, int start, int end)
    {
        var last = end - 1;
        while (last >= start && s[last] == ' ') last--;
        if (last < start) return null;
        var indicatorEnd = last + 1;
        if (s[last] is '-' or '+') last--;
        if (last < start || s[last] is not ('|' or '>')) return null;
        var before = last - 1;
        if (before < start || s[before] != ' ') return null;
        while (before >= start && s[before] == ' ') before--;
        if (before < start || s[before] != ':') return null;
        var first = start + Indent(s, start);
        return s[first] is '-' or '#' or '?' ? null : indicatorEnd;
    }
}
