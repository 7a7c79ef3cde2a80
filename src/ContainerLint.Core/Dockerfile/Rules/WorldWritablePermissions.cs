namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1075: files made writable by every user: <c>chmod 777</c>/<c>o+w</c>/<c>a+w</c>, <c>COPY --chmod=777</c>,
/// <c>umask 000</c>. Sticky modes (<c>1777</c>, <c>+t</c>) are the sanctioned /tmp pattern and stay silent.
/// </summary>
public sealed partial class WorldWritablePermissions : Rule<DockerfileDocument>
{
    public override string Id => "CL1075";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var script in HygieneShell.PosixScripts(graph))
        {
            foreach (var c in script.Script.Commands)
            {
                if (c.Is("chmod") || c.Is("install") || c.Is("mkdir"))
                {
                    var mode = c.Is("chmod") ? c.GetPositionalArguments().FirstOrDefault() : c.FindFlag("-m", takesValue: true) is { } m ? c.Arguments.FirstOrDefault(a => a.Start == m.ValueStart) ?? null : null;
                    if (mode is not null && IsWorldWritable(mode.Value)) yield return new RuleHit(script.SpanOf(mode), c.ProgramName!, mode.Value);
                }
                else if (c.Is("umask") && c.Arguments.Count > 0 && Octal().IsMatch(c.Arguments[0].Value))
                {
                    var v = c.Arguments[0].Value;
                    if ((Convert.ToInt32(v, 8) & 2) == 0) yield return new RuleHit(script.SpanOf(c.Arguments[0]), "umask", v);
                }
            }
        }

        foreach (var i in graph.Stages.SelectMany(s => s.Instructions).Where(i => i.Kind is InstructionKind.Copy or InstructionKind.Add))
        {
            if (i.GetFlag("chmod") is { Value: { } value } flag && IsWorldWritable(value)) yield return new RuleHit(flag.ValueSpan ?? flag.Span, $"{i.Name} --chmod", value);
        }
    }

    internal static bool IsWorldWritable(string mode)
    {
        if (Octal().IsMatch(mode))
        {
            var bits = Convert.ToInt32(mode, 8);
            return (bits & 2) != 0 && (bits & 0x200) == 0; // o+w without the sticky bit
        }

        foreach (var clause in mode.Split(','))
        {
            var m = Symbolic().Match(clause);
            if (!m.Success || m.Groups["perm"].Value.Contains('t', StringComparison.Ordinal)) continue;
            var who = m.Groups["who"].Value;
            if ((who.Contains('o', StringComparison.Ordinal) || who.Contains('a', StringComparison.Ordinal)) && m.Groups["op"].Value != "-" && m.Groups["perm"].Value.Contains('w', StringComparison.Ordinal)) return true;
        }

        return false;
    }

    [GeneratedRegex("^[0-7]{3,4}$")]
    private static partial Regex Octal();

    [GeneratedRegex("^(?<who>[ugoa]*)(?<op>[-+=])(?<perm>[rwxXst]*)$")]
    private static partial Regex Symbolic();
}
