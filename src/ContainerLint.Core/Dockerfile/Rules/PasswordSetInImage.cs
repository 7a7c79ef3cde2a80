namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1008: a RUN sets or empties an account password (<c>chpasswd</c>, <c>passwd -d</c>, <c>usermod -p</c>): the hash ships in /etc/shadow.</summary>
public sealed class PasswordSetInImage : Rule<DockerfileFacts>
{
    private static readonly string[] Programs = ["chpasswd", "chgpasswd", "passwd", "usermod", "useradd"];

    public override RuleMetadata Descriptor => RuleDescriptors.PasswordSetInImage;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            // A password set in a build stage that the image is not built FROM never ships.
            if (!run.Runs(Programs) || (facts.Final is { } final && !final.Ships(run.Stage))) continue;
            foreach (var found in Passwords(run)) hits.Add(found);
        }
    }

    private static IEnumerable<RuleHit> Passwords(RunFacts run)
    {
        foreach (var sc in run.CommandsOf(Programs))
        {
            var c = sc.Command;
            if (c.ProgramWord is not { } word) continue;
            string? what = null;
            if (c.Is("chpasswd", "chgpasswd")) what = c.ProgramName;
            else if (c.Is("passwd") && (c.HasFlag("-d") || c.HasFlag("--delete") || c.HasFlag("--stdin"))) what = "passwd " + (c.HasFlag("--stdin") ? "--stdin" : "-d");
            else if (c.Is("usermod", "useradd") && (c.FindFlag("-p", takesValue: true) ?? c.FindFlag("--password", takesValue: true)) is { } f) what = c.ProgramName + " " + f.Name;
            if (what is not null) yield return new RuleHit(sc.SpanOf(word), what);
        }
    }
}
