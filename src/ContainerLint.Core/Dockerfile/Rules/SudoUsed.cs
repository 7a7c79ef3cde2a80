namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1013: <c>sudo</c> run in a RUN (pointless at build time, unpredictable TTY/signal behaviour), or installed into the
/// image that ships together with a grant (<c>NOPASSWD</c>, a sudoers rule, the sudo/wheel/admin group): then a process
/// that gets a shell as that user has a way back to root. Installed without a grant, sudo lets nobody in (the official
/// Jupyter images even comment the default group rules out); in a stage that does not ship it is not in the image.
/// </summary>
public sealed partial class SudoUsed : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SudoUsed;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var final = facts.Final;
        if (final?.Purpose == ImagePurpose.Development) return;
        string? grant = null;
        var grantKnown = false;
        foreach (var run in facts.Runs)
        {
            // One finding per RUN: the first sudo that gains privileges (sudo -u <someone else> drops them).
            foreach (var sc in run.Commands)
            {
                var c = sc.Command;
                if (!c.IsWrappedBy("sudo") && c.ProgramName != "sudo") continue;
                if (c.Words.FirstOrDefault(w => w.Value is "sudo" or "/usr/bin/sudo" or "/bin/sudo") is not { } sudo || DropsPrivileges(c, sudo)) continue;
                hits.Add(new RuleHit(sc.SpanOf(sudo), "runs sudo", "RUN already has the privileges of the current USER: use USER root for the privileged steps and USER <app> after them"));
                break;
            }

            if (final is not null && !final.Ships(run.Stage)) continue;
            foreach (var pm in run.Packages)
            {
                if (pm.Action != PackageAction.Install) continue;
                foreach (var package in pm.Packages)
                {
                    if (package.Name != "sudo") continue;
                    if (!grantKnown)
                    {
                        grant = Grant(facts, final);
                        grantKnown = true;
                    }

                    if (grant is not null) hits.Add(new RuleHit(pm.Script.SpanOf(package.Word), grant, "do not install sudo"));
                }
            }
        }
    }

    /// <summary>
    /// What a shipped RUN grants through sudo: <c>NOPASSWD</c>, another sudoers rule (<c>user ALL=(ALL) ALL</c>), or a user
    /// added to the sudo, wheel or admin group; null when nothing is granted.
    /// </summary>
    private static string? Grant(DockerfileFacts facts, FinalImage? final)
    {
        string? grant = null;
        foreach (var run in facts.Runs)
        {
            if (final is not null && !final.Ships(run.Stage)) continue;
            var text = run.RawText;
            if (text.Contains("NOPASSWD", StringComparison.Ordinal))
            {
                return "installs sudo and grants passwordless sudo (NOPASSWD): a process that gets a shell there has a way to root without a password";
            }

            if (SudoersRule().IsMatch(text) || SudoGroup().IsMatch(text))
            {
                grant = "installs sudo and grants it (a sudoers rule, or the sudo, wheel or admin group): a process that gets a shell as that user has a way back to root";
            }
        }

        return grant;
    }

    // A sudoers rule: "app ALL=(ALL) ALL", "%wheel ALL=(root) ALL".
    [GeneratedRegex(@"\bALL\s*=\s*(\(|ALL\b)")]
    private static partial Regex SudoersRule();

    // A user put into an administrators' group: usermod -aG sudo app, useradd -G wheel app, adduser app sudo, gpasswd -a app wheel.
    [GeneratedRegex(@"\b(usermod|useradd|adduser|gpasswd|addgroup)\b[^\n;&|]*\b(sudo|wheel|admin)\b")]
    private static partial Regex SudoGroup();

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
