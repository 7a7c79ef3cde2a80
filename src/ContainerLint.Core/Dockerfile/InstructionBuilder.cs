namespace ContainerLint.Core.Dockerfile;

using System.Text;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>A syntax error found while building an instruction; caught by <see cref="DockerfileParser"/>, never escapes it.</summary>
internal sealed class DockerfileSyntaxException(string id, SourceSpan span, string message, params string[] args) : Exception(message)
{
    public string Id { get; } = id;

    public SourceSpan Span { get; } = span;

    public string[] Args { get; } = args;
}

/// <summary>
/// BuildKit's <c>newNodeFromLine</c>: keyword, flags and the per-instruction argument rules,
/// over one assembled line, keeping every offset so spans can be mapped back to the file.
/// </summary>
internal static class InstructionBuilder
{
    /// <summary>BuildKit's parser nests ONBUILD freely (its later stage rejects ONBUILD ONBUILD); we cap it to bound recursion.</summary>
    internal const int MaxOnBuildDepth = 8;

    private static readonly Dictionary<string, InstructionKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["add"] = InstructionKind.Add,
        ["arg"] = InstructionKind.Arg,
        ["cmd"] = InstructionKind.Cmd,
        ["copy"] = InstructionKind.Copy,
        ["entrypoint"] = InstructionKind.Entrypoint,
        ["env"] = InstructionKind.Env,
        ["expose"] = InstructionKind.Expose,
        ["from"] = InstructionKind.From,
        ["healthcheck"] = InstructionKind.Healthcheck,
        ["label"] = InstructionKind.Label,
        ["maintainer"] = InstructionKind.Maintainer,
        ["onbuild"] = InstructionKind.Onbuild,
        ["run"] = InstructionKind.Run,
        ["shell"] = InstructionKind.Shell,
        ["stopsignal"] = InstructionKind.Stopsignal,
        ["user"] = InstructionKind.User,
        ["volume"] = InstructionKind.Volume,
        ["workdir"] = InstructionKind.Workdir,
    };

    // The keywords in upper case, indexed by InstructionKind (Unknown has none): an instruction written in upper case, as
    // nearly all are, shares this string instead of a copy of its own.
    private static readonly string[] UpperNames =
    [
        "", "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN",
        "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    ];

    // The same in lower case, the other way keywords are commonly written.
    private static readonly string[] LowerNames = [.. UpperNames.Select(n => n.ToLowerInvariant())];

    internal static InstructionKind KindOf(string keyword) => KindOf(keyword.AsSpan());

    /// <summary>The keyword as written: the shared upper- or lower-case name when it is written so, else a copy.</summary>
    private static string KeywordText(ReadOnlySpan<char> keyword, InstructionKind kind)
    {
        if (kind == InstructionKind.Unknown) return keyword.ToString();
        if (keyword.SequenceEqual(UpperNames[(int)kind])) return UpperNames[(int)kind];
        return keyword.SequenceEqual(LowerNames[(int)kind]) ? LowerNames[(int)kind] : keyword.ToString();
    }

    /// <summary>The kind of a keyword, ignoring case as BuildKit does: a compare against the names of its length, no hashing.</summary>
    private static InstructionKind KindOf(ReadOnlySpan<char> keyword)
    {
        for (var kind = InstructionKind.Add; kind <= InstructionKind.Workdir; kind++)
        {
            var name = UpperNames[(int)kind];
            if (name.Length == keyword.Length && keyword.Equals(name, StringComparison.OrdinalIgnoreCase)) return kind;
        }

        return InstructionKind.Unknown;
    }

    /// <summary>
    /// The known instruction closest to an unknown keyword (upper-cased), by edit distance with transpositions: at most
    /// 1 edit for keywords of up to 5 letters, 2 for longer ones; null when none is that close or two are equally close.
    /// </summary>
    internal static string? Closest(string keyword)
    {
        if (keyword.Length > 32) return null;
        var upper = keyword.ToUpperInvariant();
        var limit = upper.Length <= 5 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var name in Kinds.Keys)
        {
            var distance = EditDistance(upper, name.ToUpperInvariant());
            if (distance > limit || distance > bestDistance) continue;
            tie = distance == bestDistance;
            if (distance < bestDistance) (best, bestDistance) = (name.ToUpperInvariant(), distance);
        }

        return tie ? null : best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Go's <c>[\t\v\f\r ]</c>, BuildKit's separator for keywords, FROM/EXPOSE and legacy ENV.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsGoWs(char c) => c is '\t' or '\v' or '\f' or '\r' or ' ';

    /// <summary>
    /// The lists one parse builds every instruction's arguments and pairs in, each instruction keeping an exact-size copy:
    /// a list per instruction cost the list object and its spare capacity.
    /// </summary>
    internal sealed class Scratch
    {
        public List<InstructionArgument> Arguments { get; } = new(8);

        public List<KeyValueArgument> Pairs { get; } = new(4);

        /// <summary>The words of an ARG, ENV or LABEL.</summary>
        public List<WordSplitter.Range> Words { get; } = [];

        /// <summary>A flag's text as BuildKit reads it, made on the first flag.</summary>
        public StringBuilder? Flag { get; set; }
    }

    internal static Instruction Build(ReadOnlySpan<char> line, in OffsetMap map, char escape, int depth, Scratch scratch)
    {
        int a = 0, b = line.Length;
        while (a < b && char.IsWhiteSpace(line[a])) a++;
        while (b > a && char.IsWhiteSpace(line[b - 1])) b--;
        var k = a;
        while (k < b && !IsGoWs(line[k])) k++;
        var kind = KindOf(line.Slice(a, k - a));
        var keyword = KeywordText(line.Slice(a, k - a), kind);
        List<InstructionFlag>? flags = null; // most instructions have none
        var restStart = k;
        var restEnd = k;
        if (k < b)
        {
            var p = k;
            while (p < b && IsGoWs(line[p])) p++;
            restStart = ExtractFlags(line, p, b, map, scratch, ref flags);
            restEnd = b;
            while (restStart < restEnd && char.IsWhiteSpace(line[restStart])) restStart++;
            while (restEnd > restStart && char.IsWhiteSpace(line[restEnd - 1])) restEnd--;
            if (restStart == restEnd) restStart = restEnd = Math.Min(restStart, b);
        }

        var args = scratch.Arguments;
        args.Clear();
        // Only ARG, ENV and LABEL have pairs.
        var keyValues = kind is InstructionKind.Arg or InstructionKind.Env or InstructionKind.Label ? scratch.Pairs : null;
        keyValues?.Clear();
        var isJson = false;
        Instruction? onBuild = null;
        string? rest = null; // made here only where an argument holds the same text

        switch (kind)
        {
            case InstructionKind.From:
            case InstructionKind.Expose:
                SplitWhitespace(line, restStart, restEnd, map, args);
                break;
            case InstructionKind.Add:
            case InstructionKind.Copy:
            case InstructionKind.Volume:
                isJson = TryJson(line, restStart, restEnd, map, args);
                if (!isJson) SplitWhitespace(line, restStart, restEnd, map, args);
                break;
            case InstructionKind.Run:
            case InstructionKind.Cmd:
            case InstructionKind.Entrypoint:
            case InstructionKind.Shell:
                isJson = MaybeJson(line, restStart, restEnd, map, args);
                if (!isJson && restEnd > restStart) rest = args[^1].Value;
                break;
            case InstructionKind.Healthcheck:
                isJson = HealthCheck(line, restStart, restEnd, map, args);
                break;
            case InstructionKind.Maintainer:
            case InstructionKind.User:
            case InstructionKind.Workdir:
            case InstructionKind.Stopsignal:
                if (restEnd > restStart) args.Add(Arg(rest = line[restStart..restEnd].ToString(), restStart, restEnd, map));
                break;
            case InstructionKind.Arg:
                foreach (var w in WordSplitter.SplitRanges(line, restStart, restEnd, escape, scratch.Words))
                {
                    var text = line.Slice(w.Start, w.Length).ToString();
                    var whole = map.MapSpan(w.Start, w.End);
                    args.Add(new InstructionArgument(text, whole, w.Start, w.End));
                    var eq = text.IndexOf('=');
                    keyValues!.Add(eq < 0
                        ? new KeyValueArgument(text, null, whole, null, whole, false)
                        : new KeyValueArgument(text[..eq], text[(eq + 1)..], map.MapSpan(w.Start, w.Start + eq),
                            map.MapSpan(w.Start + eq + 1, w.TextEnd), whole, false));
                }

                break;
            case InstructionKind.Env:
            case InstructionKind.Label:
                NameValues(line, restStart, restEnd, map, escape, kind == InstructionKind.Env ? "ENV" : "LABEL", scratch, args, keyValues!);
                break;
            case InstructionKind.Onbuild:
                if (restEnd > restStart)
                {
                    if (depth >= MaxOnBuildDepth)
                    {
                        throw new DockerfileSyntaxException(DiagnosticIds.LimitExceeded, map.MapSpan(restStart, restStart + 1),
                            $"ONBUILD is nested more than {MaxOnBuildDepth} levels deep");
                    }

                    onBuild = Build(line[restStart..restEnd], map.Shift(restStart), escape, depth + 1, new Scratch());
                }

                break;
            default:
                // BuildKit keeps unknown instructions with one empty argument (parseIgnore).
                args.Add(new InstructionArgument(string.Empty, map.MapSpan(restStart, restStart), restStart, restStart));
                break;
        }

        var span = map.MapSpan(a, b);
        return new Instruction(map)
        {
            Keyword = keyword,
            Kind = kind,
            Span = span,
            KeywordStart = a,
            Flags = flags is null ? [] : new(flags),
            Arguments = args.Count == 0 ? [] : args.ToArray(),
            KeyValues = keyValues is null || keyValues.Count == 0 ? [] : keyValues.ToArray(),
            LineLength = line.Length,
            KnownRest = rest,
            RestLength = restEnd - restStart,
            RestOffset = restStart,
            IsJsonForm = isJson,
            OnBuild = onBuild,
        };
    }

    private static InstructionArgument Arg(string value, int start, int end, in OffsetMap map) => new(value, map.MapSpan(start, end), start, end);

    /// <summary>BuildKit's <c>extractBuilderFlags</c>: leading <c>--</c> words; returns where the rest starts.</summary>
    private static int ExtractFlags(ReadOnlySpan<char> line, int pos, int end, in OffsetMap map, Scratch scratch, ref List<InstructionFlag>? flags)
    {
        while (true)
        {
            while (pos < end && char.IsWhiteSpace(line[pos])) pos++;
            if (pos >= end) return end;
            if (line[pos] != '-' || pos + 1 >= end || line[pos + 1] != '-') return pos;

            var wordStart = pos;
            var sb = scratch.Flag ??= new StringBuilder(); // most files have no flag
            sb.Clear();
            var blankOk = false;
            var inQuote = false;
            var quote = '\0';
            var eqRaw = -1;
            while (pos < end)
            {
                var ch = line[pos];
                if (!inQuote)
                {
                    if (char.IsWhiteSpace(ch)) break;
                    if (ch is '\'' or '"')
                    {
                        quote = ch;
                        blankOk = true;
                        inQuote = true;
                        pos++;
                        continue;
                    }
                }
                else if (ch == quote)
                {
                    inQuote = false;
                    pos++;
                    continue;
                }

                // BuildKit hard-codes the backslash here, whatever the escape directive says.
                if (ch == '\\')
                {
                    if (pos + 1 == end)
                    {
                        inQuote = false;
                        pos++;
                        continue;
                    }

                    pos++;
                    ch = line[pos];
                }

                if (ch == '=' && eqRaw < 0) eqRaw = pos;
                sb.Append(ch);
                pos++;
            }

            var word = sb.ToString();
            if (pos < end && word == "--") return pos;
            if (word != "--" && (blankOk || word.Length > 0)) (flags ??= []).Add(MakeFlag(word, wordStart, pos, eqRaw, map));
            if (pos >= end) return end;
        }
    }

    private static InstructionFlag MakeFlag(string word, int start, int end, int eqRaw, in OffsetMap map)
    {
        // --name up to the first '=', the value after it. A plain scan: this runs for every flag of every
        // instruction, and a parser-combinator run allocates a parser per bind.
        var isLong = word.StartsWith("--", StringComparison.Ordinal);
        var eq = isLong ? word.IndexOf('=', 2) : -1;
        var name = !isLong ? word.TrimStart('-') : eq < 0 ? word[2..] : word[2..eq];
        var hasValue = eq >= 0;
        var value = hasValue ? word[(eq + 1)..] : null;
        var nameEnd = hasValue && eqRaw >= 0 ? eqRaw : end;
        return new InstructionFlag(
            word,
            name,
            value,
            map.MapSpan(start, end),
            map.MapSpan(Math.Min(start + 2, nameEnd), nameEnd),
            hasValue && eqRaw >= 0 ? map.MapSpan(eqRaw + 1, end) : null);
    }

    private static void SplitWhitespace(ReadOnlySpan<char> line, int start, int end, in OffsetMap map, List<InstructionArgument> args)
    {
        var p = start;
        while (p < end)
        {
            var s = p;
            while (p < end && !IsGoWs(line[p])) p++;
            args.Add(Arg(line[s..p].ToString(), s, p, map));
            while (p < end && IsGoWs(line[p])) p++;
        }
    }

    /// <summary>BuildKit's <c>parseJSON</c>: true when the range is a JSON array of strings (added to args).</summary>
    private static bool TryJson(ReadOnlySpan<char> line, int start, int end, in OffsetMap map, List<InstructionArgument> args)
    {
        switch (JsonArrayReader.Read(line, start, end, out var elements, out var badStart, out var badEnd))
        {
            case JsonArrayReader.Outcome.Strings:
                if (elements is not null)
                {
                    foreach (var e in elements) args.Add(Arg(e.Value, e.Start, e.End, map));
                }

                return true;
            case JsonArrayReader.Outcome.NonStringElement:
                throw new DockerfileSyntaxException(DiagnosticIds.ParseError, map.MapSpan(badStart, badEnd),
                    "when using JSON array syntax, arrays must be comprised of strings only");
            default:
                return false;
        }
    }

    /// <summary>BuildKit's <c>parseMaybeJSON</c>: JSON elements, or the whole text as one argument.</summary>
    private static bool MaybeJson(ReadOnlySpan<char> line, int start, int end, in OffsetMap map, List<InstructionArgument> args)
    {
        if (end <= start) return false;
        if (TryJson(line, start, end, map, args)) return true;
        args.Add(Arg(line[start..end].ToString(), start, end, map));
        return false;
    }

    private static bool HealthCheck(ReadOnlySpan<char> line, int start, int end, in OffsetMap map, List<InstructionArgument> args)
    {
        var sep = start;
        while (sep < end && !char.IsWhiteSpace(line[sep])) sep++;
        if (sep == start) return false;
        var next = sep;
        while (next < end && char.IsWhiteSpace(line[next])) next++;
        args.Add(Arg(line[start..sep].ToString(), start, sep, map));
        return MaybeJson(line, next, end, map, args);
    }

    /// <summary>BuildKit's <c>parseNameVal</c> for ENV and LABEL.</summary>
    private static void NameValues(
        ReadOnlySpan<char> line, int start, int end, in OffsetMap map, char escape, string keyword, Scratch scratch, List<InstructionArgument> args,
        List<KeyValueArgument> pairs)
    {
        var words = WordSplitter.SplitRanges(line, start, end, escape, scratch.Words);
        if (words.Count == 0) return;
        if (line.Slice(words[0].Start, words[0].Length).IndexOf('=') < 0)
        {
            var q = start;
            while (q < end && !IsGoWs(line[q])) q++;
            if (q >= end)
            {
                throw new DockerfileSyntaxException(DiagnosticIds.ParseError, map.MapSpan(start, end), $"{keyword} must have two arguments");
            }

            var v = q;
            while (v < end && IsGoWs(line[v])) v++;
            var name = line[start..q].ToString();
            var nameValue = line[v..end].ToString();
            args.Add(Arg(name, start, q, map));
            args.Add(Arg(nameValue, v, end, map));
            args.Add(Arg(string.Empty, end, end, map));
            pairs.Add(new KeyValueArgument(name, nameValue, map.MapSpan(start, q), map.MapSpan(v, end), map.MapSpan(start, end), true));
            return;
        }

        foreach (var w in words)
        {
            var eq = line.Slice(w.Start, w.Length).IndexOf('=');
            if (eq < 0)
            {
                throw new DockerfileSyntaxException(DiagnosticIds.ParseError, map.MapSpan(w.Start, w.End),
                    $"Syntax error - can't find = in {GoQuote.Quote(line.Slice(w.Start, w.Length).ToString())}. Must be of the form: name=value");
            }

            var key = line.Slice(w.Start, eq).ToString();
            var value = line.Slice(w.Start + eq + 1, w.Length - eq - 1).ToString();
            var valueEnd = w.TextEnd;
            args.Add(Arg(key, w.Start, w.Start + eq, map));
            args.Add(Arg(value, w.Start + eq + 1, valueEnd, map));
            args.Add(Arg("=", w.Start + eq, w.Start + eq + 1, map));
            pairs.Add(new KeyValueArgument(key, value, map.MapSpan(w.Start, w.Start + eq), map.MapSpan(w.Start + eq + 1, valueEnd), map.MapSpan(w.Start, w.End), false));
        }
    }
}
