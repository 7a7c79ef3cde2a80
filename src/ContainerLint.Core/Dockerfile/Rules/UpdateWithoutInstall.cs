namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1036: a package index update in a RUN that installs nothing with that manager (the cached layer goes stale).</summary>
public sealed class UpdateWithoutInstall : Rule<DockerfileDocument>
{
    public override string Id => "CL1036";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var run in document.GetStages(context).Stages.SelectMany(s => s.OfKind(InstructionKind.Run).Select(r => (Stage: s, Run: r))))
        {
            var scripts = HygieneShell.Scripts(run.Stage, run.Run).ToArray();
            var commands = scripts.SelectMany(s => PackageManagers.In(s.Script).Select(pm => (Script: s, Pm: pm))).ToArray();
            // A script we cannot see into (./install.sh, sh setup.sh) may install.
            if (scripts.Any(s => s.Script.Commands.Any(RunsScriptFile))) continue;
            foreach (var (script, pm) in commands)
            {
                if (pm.Action != PackageAction.UpdateIndex) continue;
                var consumed = commands.Any(c => Family(c.Pm) == Family(pm) && c.Pm.Action is PackageAction.Install or PackageAction.Upgrade)
                    || scripts.Any(s => s.Script.Commands.Any(c => c.Is("apt-cache", "add-apt-repository", "apt-mark", "apk") && Family(pm) == 0));
                if (consumed) continue;
                yield return new RuleHit(script.SpanOf(pm.Command, pm.Subcommand), pm.Display);
            }
        }
    }

    private static int Family(PackageManagerCommand pm) => pm.IsApt ? 0 : pm.IsRpm ? 1 : (int)pm.Kind + 10;

    private static bool RunsScriptFile(Shell.ShellCommand c) =>
        c.ProgramName is { } p && (p.EndsWith(".sh", StringComparison.Ordinal) || (c.Is("sh", "bash") && c.GetPositionalArguments().Count > 0 && !c.HasFlag("-c")));
}
