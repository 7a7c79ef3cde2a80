namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1058: VOLUME or WORKDIR on a host-sensitive path (/proc, /sys, /dev, /boot, the Docker socket; VOLUME also / and /etc).</summary>
public sealed class SensitiveDirectoryAsVolumeOrWorkdir : Rule<DockerfileFacts>
{
    private static readonly string[] Trees = ["/proc", "/sys", "/dev", "/boot"];
    private static readonly string[] Exact = ["/var/run/docker.sock", "/run/docker.sock", "/var/run/docker", "/run/containerd/containerd.sock"];

    public override RuleMetadata Descriptor => RuleDescriptors.SensitiveDirectoryAsVolumeOrWorkdir;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        foreach (var stage in graph.Stages)
        {
            foreach (var i in stage.Instructions)
            {
                if (i.Kind is InstructionKind.Volume or InstructionKind.Workdir) Check(graph, i, hits);
            }
        }
    }

    private static void Check(StageGraph graph, Instruction i, RuleHitSink hits)
    {
        var scope = graph.ScopeAt(i);
        foreach (var argument in i.Arguments)
        {
            var word = scope.Expand(argument);
            if (!word.IsFullyResolved) continue;
            foreach (var path in i.IsJsonForm || !word.Value.Contains(' ') ? [word.Value] : word.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var p = Normalize(path);
                var sensitive = Trees.Any(t => p.StartsWith(t, StringComparison.Ordinal) && (p.Length == t.Length || p[t.Length] == '/')) || Exact.Contains(p)
                    || (i.Kind == InstructionKind.Volume && p is "/" or "/etc");
                if (sensitive) hits.Add(new RuleHit(argument.Span, i.Name, path));
            }
        }
    }

    private static string Normalize(string path)
    {
        var p = path.Replace("//", "/", StringComparison.Ordinal);
        return p.Length > 1 ? p.TrimEnd('/') : p;
    }
}
