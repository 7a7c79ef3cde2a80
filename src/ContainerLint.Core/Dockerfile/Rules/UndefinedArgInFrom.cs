namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1026: FROM uses a variable that is not a global ARG, or one whose default is missing or empty (BuildKit UndefinedArgInFrom / InvalidDefaultArgInFrom).</summary>
public sealed class UndefinedArgInFrom : Rule<DockerfileFacts>
{
    // BuildKit defines these automatically in the global scope.
    private static readonly string[] Automatic = ["BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE"];

    public override RuleMetadata Descriptor => RuleDescriptors.UndefinedArgInFrom;

    /// <summary>
    /// True when every use of <paramref name="name"/> in <paramref name="raw"/> is <c>${name:+…}</c>, <c>${name+…}</c> or
    /// <c>${name:-default}</c>/<c>${name-default}</c> with a non-empty default: an empty value cannot empty the image name.
    /// </summary>
    private static bool OnlyInFormsThatNeedNoValue(string raw, string name)
    {
        var found = false;
        for (var at = raw.IndexOf('$', StringComparison.Ordinal); at >= 0; at = raw.IndexOf('$', at + 1))
        {
            var braced = at + 1 < raw.Length && raw[at + 1] == '{';
            var start = at + (braced ? 2 : 1);
            if (string.CompareOrdinal(raw, start, name, 0, name.Length) != 0) continue;
            var end = start + name.Length;
            if (end < raw.Length && (char.IsAsciiLetterOrDigit(raw[end]) || raw[end] == '_')) continue;
            found = true;
            if (!braced) return false;
            var rest = raw.AsSpan(end);
            var op = rest.StartsWith(":+") || rest.StartsWith(":-") ? 2 : rest.StartsWith("+") || rest.StartsWith("-") ? 1 : 0;
            if (op == 0) return false;
            var isDefault = rest[op - 1] == '-';
            var close = rest.IndexOf('}');
            if (isDefault && (close < 0 || close == op)) return false;
        }

        return found;
    }

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        foreach (var stage in graph.Stages)
        {
            var word = stage.BaseImage;
            // A malformed word (${X:i}, ${X) stops the build before any check: CL0014 reports it, not a missing ARG.
            if (!word.Raw.Contains('$') || word.Error is not null) continue;
            var undefined = word.UnresolvedNames.Where(n => !Automatic.Contains(n)).ToArray();
            foreach (var name in undefined)
            {
                var declared = graph.GlobalScope.Variables.ContainsKey(name);
                // ${X:+-debug} and ${X:-alpine} give a usable name when X is empty: BuildKit's check passes them.
                if (declared && OnlyInFormsThatNeedNoValue(word.Raw, name)) continue;
                // BuildKit: a name no ARG declares is UndefinedArgInFrom; a declared one without a default makes the image name invalid.
                hits.Add(declared
                    ? new RuleHit(word.Span, name, "is declared without a default value") { BuildCheck = "InvalidDefaultArgInFrom" }
                    : new RuleHit(word.Span, name, "is not declared by a global ARG before the first FROM") { BuildCheck = "UndefinedArgInFrom" });
            }

            if (undefined.Length == 0 && word.IsFullyResolved && word.Value.Trim().Length == 0)
            {
                hits.Add(new RuleHit(word.Span, word.Raw, "expands to an empty image name") { BuildCheck = "InvalidDefaultArgInFrom" });
            }
        }
    }
}
