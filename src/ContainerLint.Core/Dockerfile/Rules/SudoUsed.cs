namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1013: <c>sudo</c> run in a RUN (pointless at build time, unpredictable TTY/signal behaviour), or installed into an image
/// that runs as a non-root user, where it is a way back to root. Installed into an image that runs as root anyway, or into a
/// stage that does not ship, it adds no privilege (CL1010/CL1011 report the root user itself).
/// </summary>
public sealed class SudoUsed : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SudoUsed;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        var final = facts.Final;
        if (final?.Purpose == ImagePurpose.Development) yield break;
        foreach (var run in facts.Runs)
        {
            // One finding per RUN: the first sudo that gains privileges (sudo -u <someone else> drops them).
            foreach (var sc in run.Commands)
            {
                var c = sc.Command;
                if (!c.IsWrappedBy("sudo") && c.ProgramName != "sudo") continue;
                if (c.Words.FirstOrDefault(w => w.Value is "sudo" or "/usr/bin/sudo" or "/bin/sudo") is not { } sudo || DropsPrivileges(c, sudo)) continue;
                yield return new RuleHit(sc.SpanOf(sudo), "runs sudo", "RUN already has the privileges of the current USER: use USER root for the privileged steps and USER <app> after them");
                break;
            }

            if (final is not null && (!final.Ships(run.Stage) || (final.User.Kind == Knowledge.UserKind.Root && !GrantsPasswordless(facts, final)))) continue;
            foreach (var pm in run.Packages)
            {
                if (pm.Action != PackageAction.Install) continue;
                foreach (var package in pm.Packages)
                {
                    if (package.Name == "sudo") yield return new RuleHit(pm.Script.SpanOf(package.Word), InstallsSudo(facts, final), "do not install sudo");
                }
            }
        }
    }

    /// <summary>
    /// True when a shipped RUN writes a passwordless sudo grant (<c>NOPASSWD</c>): an image built as a base for a
    /// non-root user (istio's proxy base) hands that user root, whoever the base itself runs as.
    /// </summary>
    private static bool GrantsPasswordless(DockerfileFacts facts, FinalImage final)
    {
        foreach (var run in facts.Runs)
        {
            if (final.Ships(run.Stage) && run.RawText.Contains("NOPASSWD", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static string InstallsSudo(DockerfileFacts facts, FinalImage? final) => final?.User switch
    {
        _ when final is not null && GrantsPasswordless(facts, final) =>
            "installs sudo and grants passwordless sudo (NOPASSWD): a process that gets a shell there has a way to root without a password",
        { Kind: Knowledge.UserKind.NonRootName or Knowledge.UserKind.NonRootNumeric, Value: { } user } =>
            $"installs sudo into an image that runs as '{user}': a process that gets a shell there has a way back to root",
        { Kind: Knowledge.UserKind.NonRootName or Knowledge.UserKind.NonRootNumeric } =>
            "installs sudo into an image whose base runs as a non-root user: a process that gets a shell there has a way back to root",
        _ => "installs sudo into the image: if it runs as a non-root user, a process that gets a shell there has a way back to root",
    };

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
