namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1041: <c>apt-get install</c> without <c>--no-install-recommends</c> pulls in packages nobody asked for.</summary>
public sealed class InstallsRecommendedPackages : Rule<DockerfileDocument>
{
    public override string Id => "CL1041";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var script in HygieneShell.PosixScripts(graph))
        {
            foreach (var pm in PackageManagers.In(script.Script))
            {
                if (!pm.IsApt || pm.Action != PackageAction.Install || pm.Packages.Count == 0) continue;
                var c = pm.Command;
                if (c.HasFlag("--no-install-recommends") || c.Arguments.Any(a => a.Value.Contains("Install-Recommends", StringComparison.OrdinalIgnoreCase))) continue;
                // apt configured globally (echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/…) earlier in the stage chain.
                if (script.Stage is { } stage && ConfiguredGlobally(stage, script.Run)) continue;
                yield return new RuleHit(script.SpanOf(c, pm.Subcommand), pm.Display);
            }
        }
    }

    private static bool ConfiguredGlobally(Stage stage, Instruction run) =>
        stage.SelfAndBaseStages()
            .SelectMany(s => s.OfKind(InstructionKind.Run))
            .Where(r => r.Index <= run.Index)
            .Any(r => Mentions(r.Rest) || r.Heredocs.Any(h => Mentions(h.Content)));

    private static bool Mentions(string text) =>
        text.Contains("APT::Install-Recommends", StringComparison.OrdinalIgnoreCase) && (text.Contains("\"0\"", StringComparison.Ordinal) || text.Contains("false", StringComparison.OrdinalIgnoreCase));
}
