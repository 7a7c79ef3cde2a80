namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Model;
using ContainerLint.Core.Secrets;

/// <summary>
/// What a finding may carry of the file's text: every message argument goes through the one masker
/// (<see cref="SecretMasker.MaskText"/>, with the file's <c>secretNamePatterns</c>), so a rule or a parser that
/// echoes a word (CL0003's unknown instruction, a URL, a command) cannot put a secret into any format, and is
/// cut to <see cref="MaxLength"/> characters, so a finding about a 64 KB word does not repeat it. A fix whose
/// text holds a secret is dropped: masking it would make it wrong, and showing it would leak.
/// </summary>
internal static class MessageArguments
{
    /// <summary>The longest argument a message shows; longer ones keep their start and end around an ellipsis.</summary>
    public const int MaxLength = 256;

    public static IReadOnlyList<string> Shown(IReadOnlyList<string> args, IReadOnlyList<string> namePatterns, ShownArguments? memo = null)
    {
        string[]? shown = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = memo is null ? Shown(args[i], namePatterns) : memo.Shown(args[i], namePatterns);
            if (ReferenceEquals(arg, args[i])) continue;
            shown ??= [.. args];
            shown[i] = arg;
        }

        return shown ?? args;
    }

    public static Fix? Shown(Fix? fix, IReadOnlyList<string> namePatterns)
    {
        if (fix is null || SecretMasker.SecretRanges(fix.Description, namePatterns).Count > 0) return null;
        for (var i = 0; i < fix.Edits.Count; i++)
        {
            if (SecretMasker.SecretRanges(fix.Edits[i].Replacement, namePatterns).Count > 0) return null;
        }

        return fix;
    }

    /// <summary>One argument as a message shows it: masked, then cut.</summary>
    public static string Shown(string arg, IReadOnlyList<string> namePatterns) => Clip(SecretMasker.MaskText(arg, namePatterns));

    private static string Clip(string text) =>
        text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, (MaxLength / 2) - 1), "…", text.AsSpan(text.Length - (MaxLength / 2)));
}

/// <summary>
/// <see cref="MessageArguments.Shown(string, IReadOnlyList{string})"/> remembered per argument text and name patterns: the
/// same few thousand arguments ("apt-get install", a package name, a rule's advice) recur in finding after finding and
/// file after file, and masking one runs the secret tests on each of its words. Safe across threads; holds at most
/// <see cref="Capacity"/> short arguments, after which it only computes.
/// </summary>
internal sealed class ShownArguments
{
    public const int Capacity = 8192;
    private const int MaxRemembered = 128;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(IReadOnlyList<string> Patterns, string Arg), string> _shown = new(KeyComparer.Instance);
    private int _count;

    public string Shown(string arg, IReadOnlyList<string> namePatterns)
    {
        if (arg.Length > MaxRemembered) return MessageArguments.Shown(arg, namePatterns);
        if (_shown.TryGetValue((namePatterns, arg), out var shown)) return shown;
        shown = MessageArguments.Shown(arg, namePatterns);
        if (Volatile.Read(ref _count) < Capacity && _shown.TryAdd((namePatterns, arg), shown)) Interlocked.Increment(ref _count);
        return shown;
    }

    /// <summary>Patterns by reference (each configuration keeps its list), the argument by its text.</summary>
    private sealed class KeyComparer : IEqualityComparer<(IReadOnlyList<string> Patterns, string Arg)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((IReadOnlyList<string> Patterns, string Arg) x, (IReadOnlyList<string> Patterns, string Arg) y) =>
            ReferenceEquals(x.Patterns, y.Patterns) && string.Equals(x.Arg, y.Arg, StringComparison.Ordinal);

        public int GetHashCode((IReadOnlyList<string> Patterns, string Arg) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Patterns), StringComparer.Ordinal.GetHashCode(key.Arg));
    }
}
