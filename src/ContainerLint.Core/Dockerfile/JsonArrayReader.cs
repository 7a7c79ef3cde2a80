namespace ContainerLint.Core.Dockerfile;

using System.Globalization;
using System.Text;

/// <summary>
/// Reads the JSON (exec) form <c>["a", "b"]</c> the way BuildKit does: the whole text must be one
/// JSON value; any JSON error means "not JSON form" (shell form is used instead), while a valid
/// array holding a non-string is fatal. Hand-written and iterative: exec-form lines can be megabytes
/// long and nesting arbitrarily deep, so no combinator recursion per character or per level.
/// </summary>
internal static class JsonArrayReader
{
    /// <summary>Go's encoding/json nesting limit; deeper input is a JSON error there too.</summary>
    private const int MaxDepth = 10000;

    internal enum Outcome
    {
        NotJson,
        Strings,
        NonStringElement,
    }

    internal readonly record struct Element(string Value, int Start, int End);

    /// <summary>
    /// Reads <paramref name="text"/>[start, end). On <see cref="Outcome.NonStringElement"/>, <paramref name="badStart"/>/<paramref name="badEnd"/>
    /// locate the element. <paramref name="elements"/> is null until the first string element (most text is not JSON at all).
    /// </summary>
    internal static Outcome Read(ReadOnlySpan<char> text, int start, int end, out List<Element>? elements, out int badStart, out int badEnd)
    {
        elements = null;
        badStart = badEnd = -1;
        var p = SkipWs(text, start, end);
        if (p >= end || text[p] != '[') return Outcome.NotJson;
        p = SkipWs(text, p + 1, end);
        if (p < end && text[p] == ']')
        {
            p++;
        }
        else
        {
            while (true)
            {
                if (p >= end) return Outcome.NotJson;
                var elementStart = p;
                if (text[p] == '"')
                {
                    if (!ReadString(text, ref p, end, out var value)) return Outcome.NotJson;
                    (elements ??= []).Add(new Element(value, elementStart, p));
                }
                else
                {
                    if (!SkipValue(text, ref p, end)) return Outcome.NotJson;
                    if (badStart < 0)
                    {
                        badStart = elementStart;
                        badEnd = p;
                    }
                }

                p = SkipWs(text, p, end);
                if (p >= end) return Outcome.NotJson;
                if (text[p] == ']')
                {
                    p++;
                    break;
                }

                if (text[p] != ',') return Outcome.NotJson;
                p = SkipWs(text, p + 1, end);
            }
        }

        if (SkipWs(text, p, end) != end) return Outcome.NotJson;
        return badStart >= 0 ? Outcome.NonStringElement : Outcome.Strings;
    }

    private static int SkipWs(ReadOnlySpan<char> t, int p, int end)
    {
        while (p < end && t[p] is ' ' or '\t' or '\n' or '\r') p++;
        return p;
    }

    private static bool ReadString(ReadOnlySpan<char> t, ref int p, int end, out string value)
    {
        value = string.Empty;
        p++; // opening quote
        StringBuilder? sb = null; // only for a string with an escape: most are one slice of the line
        var runStart = p;
        while (p < end)
        {
            var c = t[p];
            if (c == '"')
            {
                var run = t.Slice(runStart, p - runStart);
                p++;
                value = Sanitize(sb is null ? run.ToString() : sb.Append(run).ToString());
                return true;
            }

            if (c < 0x20) return false;
            if (c != '\\')
            {
                p++;
                continue;
            }

            (sb ??= new StringBuilder()).Append(t.Slice(runStart, p - runStart));
            if (p + 1 >= end) return false;
            var e = t[p + 1];
            p += 2;
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (p + 4 > end || !int.TryParse(t.Slice(p, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)) return false;
                    sb.Append((char)code);
                    p += 4;
                    break;
                default:
                    return false;
            }

            runStart = p;
        }

        return false;
    }

    /// <summary>Go decodes unpaired surrogates to U+FFFD.</summary>
    private static string Sanitize(string s)
    {
        if (s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return s;
        var chars = s.ToCharArray();
        for (var j = 0; j < chars.Length; j++)
        {
            if (char.IsHighSurrogate(chars[j]) && j + 1 < chars.Length && char.IsLowSurrogate(chars[j + 1])) j++;
            else if (char.IsSurrogate(chars[j])) chars[j] = '\uFFFD';
        }

        return new string(chars);
    }

    /// <summary>Validates one JSON value of any kind without recursion.</summary>
    private static bool SkipValue(ReadOnlySpan<char> t, ref int p, int end)
    {
        var stack = new Stack<char>();
        while (true)
        {
            p = SkipWs(t, p, end);
            if (p >= end) return false;
            var c = t[p];
            if (c == '[' || c == '{')
            {
                if (stack.Count >= MaxDepth) return false;
                stack.Push(c == '[' ? ']' : '}');
                p = SkipWs(t, p + 1, end);
                if (p < end && t[p] == stack.Peek())
                {
                    p++;
                    stack.Pop();
                    if (!AfterValue(t, ref p, end, stack, out var done)) return false;
                    if (done) return true;
                    continue;
                }

                if (c == '{' && !ReadKey(t, ref p, end)) return false;
                continue;
            }

            if (c == '"')
            {
                if (!ReadString(t, ref p, end, out _)) return false;
            }
            else if (!SkipScalar(t, ref p, end))
            {
                return false;
            }

            if (!AfterValue(t, ref p, end, stack, out var finished)) return false;
            if (finished) return true;
        }
    }

    /// <summary>After a value: close containers and consume separators. <paramref name="done"/> when the outermost value ended.</summary>
    private static bool AfterValue(ReadOnlySpan<char> t, ref int p, int end, Stack<char> stack, out bool done)
    {
        done = false;
        while (true)
        {
            if (stack.Count == 0)
            {
                done = true;
                return true;
            }

            p = SkipWs(t, p, end);
            if (p >= end) return false;
            if (t[p] == stack.Peek())
            {
                stack.Pop();
                p++;
                continue;
            }

            if (t[p] != ',') return false;
            p++;
            if (stack.Peek() == '}')
            {
                p = SkipWs(t, p, end);
                return ReadKey(t, ref p, end);
            }

            return true;
        }
    }

    private static bool ReadKey(ReadOnlySpan<char> t, ref int p, int end)
    {
        if (p >= end || t[p] != '"' || !ReadString(t, ref p, end, out _)) return false;
        p = SkipWs(t, p, end);
        if (p >= end || t[p] != ':') return false;
        p++;
        return true;
    }

    private static bool SkipScalar(ReadOnlySpan<char> t, ref int p, int end)
    {
        foreach (var lit in (ReadOnlySpan<string>)["true", "false", "null"])
        {
            if (t.Slice(p, Math.Min(lit.Length, end - p)).SequenceEqual(lit))
            {
                p += lit.Length;
                return true;
            }
        }

        // -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
        var q = p;
        if (q < end && t[q] == '-') q++;
        if (q >= end || !char.IsAsciiDigit(t[q])) return false;
        if (t[q] == '0') q++;
        else while (q < end && char.IsAsciiDigit(t[q])) q++;
        if (q < end && t[q] == '.')
        {
            q++;
            if (q >= end || !char.IsAsciiDigit(t[q])) return false;
            while (q < end && char.IsAsciiDigit(t[q])) q++;
        }

        if (q < end && t[q] is 'e' or 'E')
        {
            q++;
            if (q < end && t[q] is '+' or '-') q++;
            if (q >= end || !char.IsAsciiDigit(t[q])) return false;
            while (q < end && char.IsAsciiDigit(t[q])) q++;
        }

        p = q;
        return true;
    }
}
