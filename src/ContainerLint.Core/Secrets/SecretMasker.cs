namespace ContainerLint.Core.Secrets;

/// <summary>
/// Masks a secret so that no output format ever shows it. Only a well-known, non-secret kind
/// prefix is kept (<c>AKIA</c>, <c>ghp_</c>, <c>glpat-</c>, …) so a reader can tell what leaked;
/// a password or generic token keeps no character at all.
/// </summary>
public static class SecretMasker
{
    /// <summary>The run of asterisks every mask ends with; a message holding it names a secret.</summary>
    public const string MaskRun = "************";

    private static readonly string[] KindPrefixes =
    [
        "AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "APKA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_",
        "glpat-", "xoxb-", "xoxa-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "sk_live_", "rk_live_", "AIza", "eyJ",
    ];

    public static string Mask(string secret) => Mask(secret.AsSpan());

    /// <inheritdoc cref="Mask(string)"/>
    internal static string Mask(ReadOnlySpan<char> secret)
    {
        if (secret.IsEmpty) return "";
        var prefix = "";
        foreach (var candidate in KindPrefixes)
        {
            if (secret.StartsWith(candidate, StringComparison.Ordinal) && secret.Length > candidate.Length + 8)
            {
                prefix = candidate;
                break;
            }
        }

        // A fixed-width mask also hides the secret's length.
        return prefix + MaskRun;
    }

    /// <summary>
    /// A URL with any password in its user-info masked (<c>https://user:************@host/…</c>), so a
    /// rule can name a URL without echoing the credentials embedded in it.
    /// </summary>
    public static string MaskUrlCredentials(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0) return url;
        var hostStart = scheme + 3;
        var slash = url.IndexOf('/', hostStart);
        var authorityEnd = slash < 0 ? url.Length : slash;
        var at = url.LastIndexOf('@', authorityEnd - 1, authorityEnd - hostStart);
        if (at < 0) return url;
        var colon = url.IndexOf(':', hostStart, at - hostStart);
        return colon < 0
            ? string.Concat(url.AsSpan(0, hostStart), MaskRun, url.AsSpan(at))
            : string.Concat(url.AsSpan(0, colon + 1), MaskRun, url.AsSpan(at));
    }

    /// <summary>
    /// <paramref name="text"/> with every secret in it replaced by its mask (<see cref="Mask"/>): what every finding
    /// message goes through, so an echoed value (an unknown instruction word on a line of its own, a URL, a command)
    /// never shows a secret that the secret rules would recognise.
    /// </summary>
    /// <param name="text">A message argument or any text shown to people.</param>
    /// <param name="namePatterns">The configuration's <c>secretNamePatterns</c>.</param>
    public static string MaskText(string text, IReadOnlyList<string>? namePatterns = null)
    {
        var ranges = SecretRanges(text, namePatterns);
        if (ranges.Count == 0) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, end) in ranges)
        {
            sb.Append(text, at, start - at).Append(Mask(text[start..end]));
            at = end;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// The secrets in <paramref name="text"/> (a source file, a line, a message), as sorted, disjoint [start, end)
    /// ranges; everything the secret rules recognise: values that look like secrets by themselves
    /// (<see cref="SecretDetector.MatchValue"/>), the value after a secret name in <c>NAME=value</c>,
    /// <c>NAME="quoted value"</c>, <c>NAME: value</c>, the legacy <c>ENV NAME value</c> and a manifest's
    /// <c>name: NAME</c> / <c>value: …</c> pair (names by <see cref="SecretDetector.IsSecretName"/>, the manifest rules'
    /// looser test and <paramref name="namePatterns"/>), and <c>-u user:password</c> credentials. A digest
    /// (<c>sha256:…</c>) is not a secret.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> SecretRanges(string text, IReadOnlyList<string>? namePatterns = null)
    {
        List<(int Start, int End)>? ranges = null; // most texts hold no secret
        var previousDeclares = false;
        var previousWasUserFlag = false;
        var wordsOnLine = 0;
        var secretNameLine = -1;
        var line = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSeparator(text[i]))
            {
                if (text[i] == '\n')
                {
                    line++;
                    wordsOnLine = 0;
                    previousDeclares = false;
                    previousWasUserFlag = false;
                }

                i++;
            }

            var start = i;
            while (i < text.Length && !IsSeparator(text[i])) i++;
            if (i == start) continue;
            var word = text.AsSpan(start, i - start);
            wordsOnLine++;
            var colon = word.IndexOf(':');
            var eq = word.IndexOfAny('=', ':');
            var credentials = previousWasUserFlag || word.StartsWith("-u") || word.StartsWith("--user=");
            var name = eq > 0 ? word[..eq].TrimStart('-') : default;
            var assigned = eq > 0 && !IsDigestAlgorithm(name);
            if (credentials && colon > 0 && colon < word.Length - 1)
            {
                (ranges ??= []).Add((start + colon + 1, i));
            }
            else if (colon >= 0 && UrlPassword(text, start, i) is { } password)
            {
                // https://user:password@host/…: only the password, so the URL stays readable (an already masked one is left as is).
                if (text.AsSpan(password.Start, password.End - password.Start).ContainsAnyExcept('*')) (ranges ??= []).Add(password);
            }
            else if (assigned && IsSecretLikeName(name, namePatterns))
            {
                // NAME=value, NAME="quoted value", NAME: value — the name stays readable.
                if (eq < word.Length - 1) (ranges ??= []).Add((start + eq + 1, i));
                else if (ValueAfter(text, i, word[eq] == ':') is { } after) (ranges ??= []).Add(after);
            }
            else if (SecretDetector.MayMatchValue(word) && SecretDetector.MatchValue(word) is not null)
            {
                (ranges ??= []).Add((start, i));
            }
            else if (assigned && SecretDetector.MayMatchValue(word[(eq + 1)..]) && SecretDetector.MatchValue(word[(eq + 1)..]) is not null)
            {
                (ranges ??= []).Add((start + eq + 1, i));
            }
            else if (assigned && name is "name" && eq == word.Length - 1 && NextWord(text, i) is { } next && IsSecretLikeName(text.AsSpan(next.Start, next.End - next.Start), namePatterns))
            {
                // A manifest's env entry: the value comes on the next line or two (value: …).
                secretNameLine = line;
            }
            else if (assigned && name is "value" && eq == word.Length - 1 && secretNameLine >= 0 && line - secretNameLine <= 2 && ValueAfter(text, i, true) is { } after)
            {
                (ranges ??= []).Add(after);
                secretNameLine = -1;
            }
            else if (wordsOnLine == 2 && previousDeclares
                && IsSecretLikeName(word, namePatterns) && RestOfLine(text, i) is { } rest)
            {
                // The legacy form ENV NAME value: the value is the rest of the line.
                (ranges ??= []).Add(rest);
            }

            previousDeclares = word is "ENV" or "ARG" or "LABEL" or "env" or "arg" or "label";
            previousWasUserFlag = word is "-u" or "--user" or "--proxy-user";
        }

        // Two statements: in one conditional the empty collection would take Normalize's type, a new List per text.
        if (ranges is null) return [];
        return Normalize(ranges);
    }

    /// <summary>The password in a URL's user information (<c>scheme://user:password@host</c>) within the word [start, end), or null.</summary>
    private static (int Start, int End)? UrlPassword(string text, int start, int end)
    {
        var scheme = text.IndexOf("://", start, end - start, StringComparison.Ordinal);
        if (scheme < 0) return null;
        var hostStart = scheme + 3;
        var slash = text.IndexOf('/', hostStart, end - hostStart);
        var authorityEnd = slash < 0 ? end : slash;
        var at = authorityEnd > hostStart ? text.LastIndexOf('@', authorityEnd - 1, authorityEnd - hostStart) : -1;
        if (at < 0) return null;
        var colon = text.IndexOf(':', hostStart, at - hostStart);
        return colon >= 0 && at > colon + 1 ? (colon + 1, at) : null;
    }

    private static bool IsSecretLikeName(ReadOnlySpan<char> name, IReadOnlyList<string>? namePatterns) => SecretDetector.IsSecretOrLiteralSecretName(name, namePatterns);

    /// <summary><c>sha256</c> in <c>sha256:…</c> or <c>image@sha256:…</c>: a digest names content.</summary>
    private static bool IsDigestAlgorithm(ReadOnlySpan<char> name) =>
        name.EndsWith("sha256", StringComparison.OrdinalIgnoreCase) || name.EndsWith("sha384", StringComparison.OrdinalIgnoreCase) || name.EndsWith("sha512", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value after <c>NAME=</c> or <c>NAME:</c> that the tokeniser cut off: a quoted string (quotes kept), or for <c>NAME: value</c> the rest of the line.</summary>
    private static (int Start, int End)? ValueAfter(string text, int at, bool colon)
    {
        var i = at;
        if (colon) while (i < text.Length && text[i] is ' ' or '\t') i++;
        if (i >= text.Length || text[i] is '\n' or '\r') return null;
        if (text[i] is '"' or '\'')
        {
            var quote = text[i];
            var close = i + 1;
            while (close < text.Length && text[close] != quote && text[close] != '\n') close += text[close] == '\\' && quote == '"' ? 2 : 1;
            close = Math.Min(close, text.Length);
            return close > i + 1 ? (i + 1, close) : null;
        }

        return colon ? RestOfLine(text, i) : null;
    }

    /// <summary>From <paramref name="at"/> (blanks skipped) to the end of the line, a trailing <c> #</c> comment and blanks left out.</summary>
    private static (int Start, int End)? RestOfLine(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        var end = text.IndexOf('\n', i);
        if (end < 0) end = text.Length;
        var comment = text.IndexOf(" #", i, end - i, StringComparison.Ordinal);
        if (comment >= 0) end = comment;
        while (end > i && char.IsWhiteSpace(text[end - 1])) end--;
        return end > i ? (i, end) : null;
    }

    private static (int Start, int End)? NextWord(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] is ' ' or '\t' or '"' or '\'') i++;
        var start = i;
        while (i < text.Length && !IsSeparator(text[i])) i++;
        return i > start ? (start, i) : null;
    }

    private static List<(int Start, int End)> Normalize(List<(int Start, int End)> ranges)
    {
        if (ranges.Count < 2) return ranges;
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<(int Start, int End)> { ranges[0] };
        for (var k = 1; k < ranges.Count; k++)
        {
            var last = merged[^1];
            if (ranges[k].Start <= last.End) merged[^1] = (last.Start, Math.Max(last.End, ranges[k].End));
            else merged.Add(ranges[k]);
        }

        return merged;
    }

    private static bool IsSeparator(char c) => c is ' ' or '\t' or '\n' or '\r' or '"' or '\'' or ',' or '[' or ']' or '{' or '}' or '`' or ';' or '|' or '&' or '(' or ')';
}
