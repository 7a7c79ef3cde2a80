namespace ContainerLint.Core.Dockerfile.Rules.Analysis;

using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>A variable assignment an image or a RUN makes: ENV/ARG pairs, <c>X=1 cmd</c>, <c>export X=1</c>.</summary>
internal sealed record SecurityAssignment(string Name, string Value, SourceSpan Span);

/// <summary>Variable assignments across ENV, ARG defaults and RUN scripts (for TLS/signature/content-trust switches).</summary>
internal static class SecuritySettings
{
    public static IEnumerable<SecurityAssignment> Assignments(DockerfileDocument document)
    {
        foreach (var i in document.AllInstructions().Where(i => i.Kind is InstructionKind.Env or InstructionKind.Arg))
        {
            foreach (var kv in i.KeyValues)
            {
                if (kv.Value is { } v) yield return new SecurityAssignment(kv.Key, v.Trim().Trim('"', '\''), kv.Span);
            }
        }

        foreach (var script in SecurityFacts.AllScripts(document))
        {
            foreach (var c in script.Script.Commands)
            {
                foreach (var a in c.Assignments) yield return new SecurityAssignment(a.Name, a.Value, script.SpanOf(a.Word));
                if (!c.Is("export", "env", "declare", "typeset")) continue;
                foreach (var w in c.Arguments)
                {
                    var eq = w.Value.IndexOf('=');
                    if (eq > 0) yield return new SecurityAssignment(w.Value[..eq], w.Value[(eq + 1)..], script.SpanOf(w));
                }
            }
        }
    }

    /// <summary>The word of a command whose value is <paramref name="value"/> (case-insensitive), e.g. the <c>false</c> of <c>npm config set strict-ssl false</c>.</summary>
    public static ShellWord? Positional(ShellCommand c, int index) => c.GetPositionalArguments() is var p && p.Count > index ? p[index] : null;

    public static bool IsFalse(string v) => v.Trim().Trim('"', '\'').ToLowerInvariant() is "false" or "0" or "no" or "off";
}
