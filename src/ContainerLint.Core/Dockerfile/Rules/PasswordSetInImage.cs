namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1008: a RUN sets or empties an account password (<c>chpasswd</c>, <c>passwd -d</c>, <c>usermod -p</c>): the hash ships in /etc/shadow.</summary>
public sealed class PasswordSetInImage : Rule<DockerfileDocument>
{
    public override string Id => "CL1008";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var script in SecurityFacts.AllScripts(document))
        {
            foreach (var c in script.Script.Commands)
            {
                var word = c.ProgramWord;
                if (word is null) continue;
                string? what = null;
                if (c.Is("chpasswd", "chgpasswd")) what = c.ProgramName;
                else if (c.Is("passwd") && (c.HasFlag("-d") || c.HasFlag("--delete") || c.HasFlag("--stdin"))) what = "passwd " + (c.HasFlag("--stdin") ? "--stdin" : "-d");
                else if (c.Is("usermod", "useradd") && (c.FindFlag("-p", takesValue: true) ?? c.FindFlag("--password", takesValue: true)) is { } f)
                {
                    what = c.ProgramName + " " + f.Name;
                }

                if (what is not null) yield return new RuleHit(script.SpanOf(word), what);
            }
        }
    }
}
