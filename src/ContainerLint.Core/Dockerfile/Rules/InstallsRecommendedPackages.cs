namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1041: <c>apt-get install</c> without <c>--no-install-recommends</c> pulls in packages nobody asked for.</summary>
public sealed class InstallsRecommendedPackages : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.InstallsRecommendedPackages;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            // Extra packages in a build stage that the image is not built FROM never ship.
            if (facts.Final is { } final && !final.Ships(run.Stage)) continue;
            foreach (var pm in run.Packages)
            {
                if (!pm.IsApt || pm.Action != PackageAction.Install || pm.Packages.Count == 0) continue;
                var c = pm.Command;
                if (c.HasFlag("--no-install-recommends") || c.Arguments.Any(a => a.Value.Contains("Install-Recommends", StringComparison.OrdinalIgnoreCase))) continue;
                // apt configured globally (echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/…) earlier in the stage chain.
                if (ConfiguredGlobally(run)) continue;
                hits.Add(new RuleHit(pm.Span, pm.Display) 
                {
                    // aptitude spells it --without-recommends: only apt-get and apt get the fix.
                    Fix = pm.Program is "apt-get" or "apt" ? PackageCommandFixes.AddOption(pm, facts.Document.Source, "--no-install-recommends") : null,
                });
            }
        }
    }

    private static bool ConfiguredGlobally(RunFacts run) =>
        run.Stage.SelfAndBaseStages()
            .SelectMany(s => s.OfKind(InstructionKind.Run))
            .Where(r => r.Index <= run.Anchor.Index)
            .Any(r => Mentions(r.Rest) || r.Heredocs.Any(h => Mentions(h.Content)));

    private static bool Mentions(string text) =>
        text.Contains("APT::Install-Recommends", StringComparison.OrdinalIgnoreCase) && (text.Contains("\"0\"", StringComparison.Ordinal) || text.Contains("false", StringComparison.OrdinalIgnoreCase));
}
