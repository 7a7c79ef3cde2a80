namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Shell;

/// <summary>CL1047: an archive that COPY/ADD brought in is unpacked by tar/unzip/gunzip in a RUN (ADD extracts local tar archives itself).</summary>
public sealed class ArchiveExtractedManually : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ArchiveExtractedManually;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var stage in facts.Graph.Stages)
        {
            var copied = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in stage.Instructions)
            {
                if (i.Kind is InstructionKind.Copy or InstructionKind.Add && i.GetFlag("from") is null && i.Arguments.Count >= 2)
                {
                    foreach (var source in i.Arguments.Take(i.Arguments.Count - 1)) copied.Add(BaseName(source.Value));
                    copied.Add(BaseName(i.Arguments[^1].Value));
                    continue;
                }

                var trigger = i.Kind == InstructionKind.Onbuild ? i.OnBuild : i;
                if (trigger is not { Kind: InstructionKind.Run } || copied.Count == 0 || facts.RunOf(trigger) is not { } run) continue;
                foreach (var sc in run.Commands)
                {
                    var archive = ArchiveOf(sc.Command);
                    if (archive is not null && !archive.HasExpansion && copied.Contains(BaseName(archive.Value))) hits.Add(new RuleHit(sc.SpanOf(archive), archive.Value, sc.Command.ProgramName!));
                }
            }
        }
    }

    private static ShellWord? ArchiveOf(ShellCommand c)
    {
        if (c.Is("tar"))
        {
            var first = c.Arguments.FirstOrDefault()?.Value ?? "";
            var extracts = c.HasFlag("-x", "--extract", "--get") || (first.Length > 0 && first[0] != '-' && first.Contains('x', StringComparison.Ordinal));
            if (!extracts) return null;
            if (c.FindFlag("-f", takesValue: true) is { } f) return c.Arguments.FirstOrDefault(a => a.Start == f.ValueStart);
            if (c.FindFlag("--file", takesValue: true) is { } ff) return c.Arguments.FirstOrDefault(a => a.Start == ff.ValueStart);
            return first.Contains('f', StringComparison.Ordinal) && c.Arguments.Count > 1 ? c.Arguments[1] : null;
        }

        if (c.Is("unzip", "gunzip", "bunzip2", "unxz")) return c.GetPositionalArguments(["-d"]).FirstOrDefault();
        return null;
    }

    private static string BaseName(string path) => path.TrimEnd('/')[(path.TrimEnd('/').LastIndexOf('/') + 1)..];
}
