namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1013: <c>sudo</c> run in a RUN (pointless at build time, unpredictable TTY/signal behaviour) or installed into the image.</summary>
public sealed class SudoUsed : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SudoUsed;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        if (facts.Final?.Purpose == ImagePurpose.Development) yield break;
        foreach (var run in facts.Runs)
        {
            // One finding per RUN: the first sudo that gains privileges (sudo -u <someone else> drops them).
            foreach (var sc in run.Commands)
            {
                var c = sc.Command;
                if (!c.IsWrappedBy("sudo") && c.ProgramName != "sudo") continue;
                if (c.Words.FirstOrDefault(w => w.Value is "sudo" or "/usr/bin/sudo" or "/bin/sudo") is not { } sudo || DropsPrivileges(c, sudo)) continue;
                yield return new RuleHit(sc.SpanOf(sudo), "runs sudo");
                break;
            }

            foreach (var pm in run.Packages)
            {
                if (pm.Action != PackageAction.Install) continue;
                foreach (var package in pm.Packages)
                {
                    if (package.Name == "sudo") yield return new RuleHit(pm.Script.SpanOf(package.Word), "installs sudo");
                }
            }
        }
    }

    /// <summary>True for <c>sudo -u USER</c> (or <c>--user</c>) with a user other than root: the command runs with fewer privileges.</summary>
    private static bool DropsPrivileges(Shell.ShellCommand c, Shell.ShellWord sudo)
    {
        var words = c.Words;
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i].Start <= sudo.Start) continue;
            if (ReferenceEquals(words[i], c.ProgramWord)) break;
            var v = words[i].Value;
            if (v is "-u" or "--user") return words[i + 1].Value is not ("root" or "0" or "#0");
            if (v.StartsWith("--user=", StringComparison.Ordinal)) return v[7..] is not ("root" or "0");
            if (v.StartsWith("-u", StringComparison.Ordinal) && v.Length > 2) return v[2..] is not ("root" or "0");
        }

        return false;
    }
}
