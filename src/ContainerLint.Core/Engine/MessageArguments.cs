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

    public static IReadOnlyList<string> Shown(IReadOnlyList<string> args, IReadOnlyList<string> namePatterns)
    {
        string[]? shown = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = Clip(SecretMasker.MaskText(args[i], namePatterns));
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

    private static string Clip(string text) =>
        text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, (MaxLength / 2) - 1), "…", text.AsSpan(text.Length - (MaxLength / 2)));
}
