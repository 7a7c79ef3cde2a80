namespace ContainerLint.Core.Catalog;

using ContainerLint.Core.Model;

/// <summary>
/// Everything the catalog (rules/CLnnnn.yaml) says about one rule. The engine, the
/// <c>rules</c>/<c>explain</c> commands, SARIF rule descriptors and the docs all come from here.
/// </summary>
public sealed record RuleMetadata
{
    public required string Id { get; init; }

    /// <summary>PascalCase name of what the rule checks, e.g. <c>RunsAsRoot</c>; also the SARIF rule name.</summary>
    public required string Name { get; init; }

    public required string Title { get; init; }

    /// <summary>Message template; <c>{0}</c>, <c>{1}</c>… are filled with the rule's arguments.</summary>
    public required string Message { get; init; }

    public required Severity DefaultSeverity { get; init; }

    /// <summary>Input kinds: dockerfile, kubernetes, compose, msbuild.</summary>
    public required IReadOnlyList<string> AppliesTo { get; init; }

    /// <summary>Whether the <c>recommended</c> policy (the default) runs the rule.</summary>
    public bool EnabledByDefault { get; init; } = true;

    public IReadOnlyList<string> Nist80019 { get; init; } = [];
    public IReadOnlyList<string> CisDocker { get; init; } = [];
    public IReadOnlyList<string> CisKubernetes { get; init; } = [];
    public PssMapping? Pss { get; init; }

    /// <summary>
    /// The id of a rule whose finding at the same span makes this one redundant (a PSS restricted
    /// check that replaces a baseline check); when both run, only that rule's finding is kept.
    /// </summary>
    public string? SupersededBy { get; init; }

    /// <summary>
    /// True for a rule checked over the facts of every linted file together (the cross-file pass) rather than one file:
    /// its class is a <c>CrossFileRule</c> and its inline suppressions are judged by that pass.
    /// </summary>
    public bool CrossFile { get; init; }

    /// <summary>Ids of the same check in other tools (hadolint, trivy, checkov, kube-linter, …).</summary>
    public IReadOnlyDictionary<string, string> Equivalents { get; init; } = new Dictionary<string, string>();

    public string Rationale { get; init; } = "";
    public string Fix { get; init; } = "";
    public string BadExample { get; init; } = "";
    public string GoodExample { get; init; } = "";

    /// <summary>Language of the examples for Markdown code fences: dockerfile, yaml, xml.</summary>
    public string ExampleLanguage { get; init; } = "dockerfile";

    public string HelpUri => $"{RuleCatalog.HelpBaseUri}{Id}.md";

    /// <summary>
    /// <see cref="Message"/> with each placeholder (<c>{0}</c>, <c>{1}</c>…) filled with its argument, in one pass: an
    /// argument's own text is never read as a placeholder (a URL holding "{1}" stays as written), and a placeholder past
    /// the arguments stays as it is.
    /// </summary>
    public string FormatMessage(IReadOnlyList<string> args)
    {
        if (args.Count == 0) return Message;
        var template = Message.AsSpan();
        var message = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
        var copied = 0;
        for (var at = Message.IndexOf('{'); at >= 0; at = Message.IndexOf('{', at + 1))
        {
            if (Placeholder(template[at..], out var length) is not { } index || index >= args.Count) continue;
            message.AppendFormatted(template[copied..at]);
            message.AppendFormatted(args[index]);
            copied = at + length;
        }

        message.AppendFormatted(template[copied..]);
        return message.ToStringAndClear();
    }

    /// <summary>The index of the placeholder <paramref name="text"/> starts with, as the catalog spells them (<c>{0}</c>, <c>{12}</c>: no leading zero), and its length; null for none.</summary>
    private static int? Placeholder(ReadOnlySpan<char> text, out int length)
    {
        length = 1;
        var index = 0;
        while (length < text.Length && length <= 6 && char.IsAsciiDigit(text[length]) && (length == 1 || index > 0))
        {
            index = (index * 10) + (text[length] - '0');
            length++;
        }

        if (length == 1 || length >= text.Length || text[length] != '}') return null;
        length++;
        return index;
    }
}

/// <summary>A rule that implements exactly one check of the Kubernetes Pod Security Standards.</summary>
/// <param name="Level"><c>baseline</c> or <c>restricted</c>.</param>
/// <param name="Check">The check name of the reference implementation, e.g. <c>privileged</c>.</param>
public sealed record PssMapping(string Level, string Check);
