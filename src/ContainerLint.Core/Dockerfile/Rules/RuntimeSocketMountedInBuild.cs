namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1079: a <c>RUN --mount</c> whose source or target is a container runtime socket (Docker, containerd, CRI-O, Podman).</summary>
public sealed class RuntimeSocketMountedInBuild : Rule<DockerfileFacts>
{
    private static readonly string[] Sockets = ["docker.sock", "containerd.sock", "crio.sock", "podman.sock", "dockershim.sock"];

    public override RuleMetadata Descriptor => RuleDescriptors.RuntimeSocketMountedInBuild;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var run in facts.Runs)
        {
            foreach (var mount in run.Mounts)
            {
                if (mount.Type is "cache" or "tmpfs" or "secret") continue;
                var socket = new[] { mount.Source, mount.Target }.FirstOrDefault(p => p is not null && Sockets.Any(s => p.EndsWith(s, StringComparison.Ordinal)));
                if (socket is not null) hits.Add(new RuleHit(mount.Flag.ValueSpan ?? mount.Flag.Span, socket));
            }
        }
    }
}
