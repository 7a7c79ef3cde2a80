namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1028: Docker Content Trust turned off (<c>ENV DOCKER_CONTENT_TRUST=0</c>, <c>DOCKER_CONTENT_TRUST=0 docker pull</c>, <c>--disable-content-trust</c>).</summary>
public sealed class ContentTrustDisabled : Rule<DockerfileDocument>
{
    public override string Id => "CL1028";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var i in document.AllInstructions().Where(i => i.Kind is InstructionKind.Env or InstructionKind.Arg))
        {
            foreach (var kv in i.KeyValues)
            {
                if (kv.Key == "DOCKER_CONTENT_TRUST" && kv.ValueSpan is { } span && IsOff(kv.Value)) yield return new RuleHit(span, "DOCKER_CONTENT_TRUST=" + kv.Value!.Trim('"', '\''));
            }
        }

        foreach (var script in SecurityFacts.AllScripts(document))
        {
            foreach (var c in script.Script.Commands)
            {
                var assignments = c.Assignments.Select(a => (a.Name, a.Value, a.Word))
                    .Concat(c.Is("export", "env") ? c.Arguments.Where(w => w.Value.Contains('=')).Select(w => (Name: w.Value[..w.Value.IndexOf('=')], Value: w.Value[(w.Value.IndexOf('=') + 1)..], Word: w)) : []);
                foreach (var (name, value, word) in assignments)
                {
                    if (name == "DOCKER_CONTENT_TRUST" && IsOff(value)) yield return new RuleHit(script.SpanOf(word), "DOCKER_CONTENT_TRUST=" + value);
                }

                if (c.Is("docker") && c.FindFlag("--disable-content-trust", takesValue: false) is { } flag && !flag.FlagWord.Value.EndsWith("=false", StringComparison.Ordinal))
                {
                    yield return new RuleHit(script.SpanOf(flag.FlagWord), flag.FlagWord.Value);
                }
            }
        }
    }

    private static bool IsOff(string? value) => value?.Trim().Trim('"', '\'') is "0" or "false" or "False" or "FALSE" or "";
}
