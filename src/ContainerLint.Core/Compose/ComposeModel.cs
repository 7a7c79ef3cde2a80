namespace ContainerLint.Core.Compose;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>A Compose file: its YAML and its services.</summary>
public sealed class ComposeFile(YamlStream yaml, IReadOnlyList<ComposeService> services)
{
    public YamlStream Yaml { get; } = yaml;

    public IReadOnlyList<ComposeService> Services { get; } = services;
}

/// <summary>One entry of the top-level <c>services:</c> map.</summary>
public sealed class ComposeService(string name, YamlScalar nameNode, YamlMapping node)
{
    public string Name { get; } = name;

    public YamlScalar NameNode { get; } = nameNode;

    public YamlMapping Node { get; } = node;

    public string Reference => "service/" + Name;

    public RuleHit Hit(SourceSpan span, params string[] args) => new(span, args) { Object = Reference };

    /// <summary>
    /// Fields may come from elsewhere: the service <c>extends</c> another, or has neither <c>image</c> nor
    /// <c>build</c> and so is a fragment another file completes (<c>docker-compose.override.yml</c>,
    /// <c>-f base.yml -f prod.yml</c>). Rules about missing fields cannot judge it.
    /// </summary>
    public bool IsPartial => Node.Find("extends") is not null || Node.Find("image") is null && Node.Find("build") is null;

    /// <summary>Items of a list field written as scalars (short syntax).</summary>
    public IEnumerable<YamlScalar> ScalarItems(string key) => (Node.GetSequence(key)?.Items ?? []).OfType<YamlScalar>();
}

/// <summary>Reads Compose files; never throws.</summary>
public static class ComposeParser
{
    public static ParsedDocument<ComposeFile> Parse(LintInput input)
    {
        var yaml = YamlStream.Load(input.Text);
        var diagnostics = new List<RuleHit>(yaml.Diagnostics);
        var services = new List<ComposeService>();
        foreach (var doc in yaml.Documents)
        {
            if (doc.Root is not YamlMapping root || root.Find("services") is not { } entry) continue;
            if (entry.Value is not YamlMapping map)
            {
                if (entry.Value is not YamlScalar { IsNull: true }) diagnostics.Add(new RuleHit(entry.Value.Span, "services", "a mapping", "something else") { RuleIdOverride = DiagnosticIds.UnexpectedType });
                continue;
            }

            foreach (var e in map.MergedEntries())
            {
                if (e.Key is YamlScalar key && e.Value is YamlMapping service) services.Add(new ComposeService(key.Value, key, service));
                else if (e.Value is not YamlScalar { IsNull: true }) diagnostics.Add(new RuleHit(e.Value.Span, "services." + e.KeyText, "a mapping", "something else") { RuleIdOverride = DiagnosticIds.UnexpectedType });
            }
        }

        var suppressions = YamlSuppressions.FromComments(yaml, diagnostics);
        return new ParsedDocument<ComposeFile>(new ComposeFile(yaml, services), diagnostics, suppressions);
    }
}

/// <summary>The Compose front end.</summary>
public static class ComposeFrontEnd
{
    public static FrontEnd Create() => new FrontEnd<ComposeFile>(FileKind.Compose, ComposeParser.Parse, ComposeRules.All) { Facts = CrossFile.ComposeFactExtractor.Extract };
}

/// <summary>A rule over each service of a Compose file.</summary>
public abstract class ServiceRule : Rule<ComposeFile>
{
    public sealed override void Check(ComposeFile document, RuleContext context, RuleHitSink hits)
    {
        foreach (var service in document.Services) Check(service, context, hits);
    }

    /// <summary>Reports the hits for one service.</summary>
    protected abstract void Check(ComposeService service, RuleContext context, RuleHitSink hits);
}
