namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1014: a setuid/setgid bit is added (<c>chmod u+s</c>, <c>chmod 4755</c>, <c>COPY --chmod=4755</c>, <c>install -m 4755</c>).</summary>
public sealed partial class SetuidBitSet : Rule<DockerfileDocument>
{
    public override string Id => "CL1014";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var i in document.AllInstructions().Where(i => i.Kind is InstructionKind.Copy or InstructionKind.Add))
        {
            if (i.GetFlag("chmod") is { Value: { } mode, ValueSpan: { } span } && IsSetuidMode(mode)) yield return new RuleHit(span, mode, i.Name + " --chmod");
        }

        foreach (var script in SecurityFacts.AllScripts(document))
        {
            foreach (var c in script.Script.Commands)
            {
                if (c.Is("chmod"))
                {
                    foreach (var w in c.Arguments.Where(w => !w.HasExpansion && IsSetuidMode(w.Value)).Take(1))
                    {
                        yield return new RuleHit(script.SpanOf(w), w.Value, "chmod");
                    }
                }
                else if (c.Is("install", "mkdir") && (c.FindFlag("-m", takesValue: true) ?? c.FindFlag("--mode", takesValue: true)) is { Value: { } m } f && IsSetuidMode(m)
                    && !(IsDirectory(c) && !IsSetuserMode(m)))
                {
                    yield return new RuleHit(script.Map(f.ValueStart, f.ValueEnd), m, "install -m");
                }
            }
        }
    }

    // setgid on a directory only makes new files inherit the group (postgres' 3777 socket dir): not an escalation.
    private static bool IsDirectory(Shell.ShellCommand c) => c.Is("mkdir") || c.HasFlag("-d") || c.HasFlag("--directory");

    private static bool IsSetuserMode(string mode) => OctalMode().IsMatch(mode) ? mode.TrimStart('0') is { Length: 4 } d && (d[0] - '0' & 4) != 0 : mode.Contains("u+s", StringComparison.Ordinal) || mode.StartsWith("+s", StringComparison.Ordinal);

    /// <summary>Octal modes with the 4000/2000 bits, or symbolic modes adding <c>s</c>.</summary>
    internal static bool IsSetuidMode(string mode)
    {
        if (OctalMode().IsMatch(mode))
        {
            var digits = mode.TrimStart('0');
            return digits.Length == 4 && (digits[0] - '0' & 6) != 0;
        }

        return SymbolicSetuid().IsMatch(mode);
    }

    [GeneratedRegex("^[0-7]{3,5}$")]
    private static partial Regex OctalMode();

    [GeneratedRegex(@"^(?:[ugoa]*[-+=][rwxXstugo]*,)*[ugoa]*[+=][rwxXtugo]*s", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolicSetuid();
}
