namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

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
                if (c.HasFlag("--no-install-recommends") || SetsInstallRecommends(c)) continue;
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

    /// <summary>An option such as <c>-o APT::Install-Recommends=false</c> on the command itself.</summary>
    private static bool SetsInstallRecommends(ShellCommand c)
    {
        var arguments = c.Arguments;
        for (var n = 0; n < arguments.Count; n++)
        {
            if (arguments[n].ValueSpan.Contains("Install-Recommends", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static bool ConfiguredGlobally(RunFacts run)
    {
        foreach (var stage in run.Stage.SelfAndBaseStages())
        {
            foreach (var r in stage.OfKind(InstructionKind.Run))
            {
                if (r.Index > run.Anchor.Index) continue;
                if (Mentions(r.Rest)) return true;
                foreach (var h in r.Heredocs)
                {
                    if (Mentions(h.Content)) return true;
                }
            }
        }

        return false;
    }

    private static bool Mentions(string text) =>
        text.Contains("APT::Install-Recommends", StringComparison.OrdinalIgnoreCase) && (text.Contains("\"0\"", StringComparison.Ordinal) || text.Contains("false", StringComparison.OrdinalIgnoreCase));
}
