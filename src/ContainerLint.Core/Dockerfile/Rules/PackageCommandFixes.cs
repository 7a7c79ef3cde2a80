namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;
using ContainerLint.Core.Text;

/// <summary>
/// The edits of the package-manager fixes (CL1039 <c>-y</c>, CL1041 <c>--no-install-recommends</c>, CL1042 <c>apk add --no-cache</c>
/// and the apt lists cleanup). An edit is made only in a POSIX shell script read from the Dockerfile's own text (a shell-form
/// RUN or a heredoc a shell runs; never an exec-form JSON array or a Windows shell), and only where the file's text at the
/// mapped span is exactly the word the shell parser read, so an edit can never land beside what the rule looked at.
/// </summary>
internal static class PackageCommandFixes
{
    /// <summary>The apt lists cleanup appended to a plain <c>&amp;&amp;</c> chain that ends with the install.</summary>
    public const string AptListsCleanup = "rm -rf /var/lib/apt/lists/*";

    /// <summary><c>apt-get install</c> → <c>apt-get install -y</c>: <paramref name="option"/> inserted after the subcommand word.</summary>
    public static Fix? AddOption(PackageOperation pm, SourceText source, string option)
    {
        if (pm.Subcommand is not { } sub || WordSpan(pm.Script, sub, source) is not { } span) return null;
        return new Fix($"Add {option} to {pm.Display}", SourceSpan.Point(span.EndLine, span.EndColumn), " " + option);
    }

    /// <summary>
    /// <c>apt-get update &amp;&amp; apt-get install -y x</c> → <c>… &amp;&amp; rm -rf /var/lib/apt/lists/*</c>, only when the script is one plain
    /// <c>&amp;&amp;</c> chain (no <c>;</c>, <c>||</c>, pipes, groups, substitutions, redirections or heredocs) whose last command is
    /// the install: appending there runs the cleanup exactly when the install succeeded, and changes nothing else.
    /// </summary>
    public static Fix? AppendAptListsCleanup(PackageOperation pm, SourceText source)
    {
        var script = pm.Script;
        if (script.Origin != ScriptOrigin.CommandLine || script.Run.Heredocs.Count > 0 || script.Script.Diagnostics.Count > 0) return null;
        var commands = script.Script.Commands;
        if (commands.Count < 1 || !ReferenceEquals(commands[^1], pm.Command) || pm.Command.Redirections.Count > 0) return null;
        for (var i = 0; i < commands.Count; i++)
        {
            var c = commands[i];
            if (c.Enclosing.Count > 0 || c.Pipeline is not null || c.Words.Count == 0) return null;
            if (i < commands.Count - 1 ? c.Operator != "&&" : c.Operator.Length > 0) return null;
        }

        // Nothing but the chain: the text after the last word is blank.
        var last = pm.Command.Words[^1];
        if (script.Script.Text.AsSpan(last.End).Trim().Length > 0 || WordSpan(script, last, source) is not { } span) return null;
        return new Fix("Remove the apt lists in the same RUN", SourceSpan.Point(span.EndLine, span.EndColumn), " && " + AptListsCleanup);
    }

    /// <summary>The word's span in the file when the script is POSIX shell from the file's text and the span holds exactly the word.</summary>
    private static SourceSpan? WordSpan(RunScript script, ShellWord word, SourceText source)
    {
        if (script.Origin is not (ScriptOrigin.CommandLine or ScriptOrigin.Heredoc) || !script.Shell.IsPosix) return null;
        var span = script.SpanOf(word);
        if (span.Line != span.EndLine || span.Line < 1 || span.Line > source.LineCount) return null;
        var line = source.GetLine(span.Line);
        if (span.Column < 1 || span.EndColumn > line.Length + 1 || span.EndColumn <= span.Column) return null;
        return line[(span.Column - 1)..(span.EndColumn - 1)].SequenceEqual(word.Raw) ? span : null;
    }
}
