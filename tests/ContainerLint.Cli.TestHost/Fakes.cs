namespace ContainerLint.Cli.Tests;

using System.Collections.Frozen;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Text;

/// <summary>A document of the fake front ends: just the text.</summary>
public sealed record TestDoc(SourceText Text);

/// <summary>Reports every occurrence of a marker word, with the word as the span.</summary>
public sealed class MarkerWord(string id, string word, bool withFix = false, bool withObject = false) : Rule<TestDoc>
{
    public override RuleMetadata Descriptor => Fakes.Catalog.Get(id);

    public override void Check(TestDoc document, RuleContext context, RuleHitSink hits)
    {
        for (var line = 1; line <= document.Text.LineCount; line++)
        {
            var text = document.Text.GetLineString(line);
            if (text.TrimStart().StartsWith('#')) continue;
            var index = text.IndexOf(word, StringComparison.Ordinal);
            if (index < 0) continue;
            var span = new SourceSpan(line, index + 1, line, index + 1 + word.Length);
            hits.Add(new RuleHit(span, word)
            {
                Fix = withFix ? new Fix($"Lower-case {word}.", span, word.ToLowerInvariant()) : null,
                Object = withObject ? "Pod/default/web" : null,
                Container = withObject ? "app" : null,
            });
        }
    }
}

/// <summary>
/// Fake front ends and catalog entries (CL1990..CL1992) so the CLI can be tested before the real
/// parsers land: <c>BAD</c> is an error, <c>WARN</c> a warning, <c>NOTE</c> a note with a fix,
/// a line <c>PARSEERROR</c> a CL0002, and <c># containerlint ignore=ID -- why</c> silences the next line.
/// </summary>
public static class Fakes
{
    public static RuleCatalog Catalog { get; } = new(
        RuleCatalog.Default.Rules.Where(r => !r.Id.StartsWith("CL199", StringComparison.Ordinal)).Concat(
        [
            Meta("CL1990", "BadMarker", "Bad marker found", "The line holds {0}; remove it.", Severity.Error, ["4.1.4"], ["4.10"], []),
            Meta("CL1991", "WarnMarker", "Warn marker found", "The line holds {0}; consider removing it.", Severity.Warning, ["4.1.2"], [], ["5.2.2"]),
            Meta("CL1992", "NoteMarker", "Note marker found", "The line holds {0}; lower-case it.", Severity.Note, [], [], []),
        ]));

    public static IReadOnlyList<FrontEnd> FrontEnds { get; } =
    [
        new FrontEnd<TestDoc>(FileKind.Dockerfile, Parse, Rules(withObject: false)),
        new FrontEnd<TestDoc>(FileKind.Kubernetes, Parse, Rules(withObject: true)),
        new FrontEnd<TestDoc>(FileKind.Compose, Parse, Rules(withObject: true)),
    ];

    public static LintEngine Engine() => new(Catalog, FrontEnds);

    private static IReadOnlyList<Rule<TestDoc>> Rules(bool withObject) =>
        [new MarkerWord("CL1990", "BAD", withObject: withObject), new MarkerWord("CL1991", "WARN", withObject: withObject), new MarkerWord("CL1992", "NOTE", withFix: true, withObject: withObject)];

    private static RuleMetadata Meta(string id, string name, string title, string message, Severity severity, string[] nist, string[] cis, string[] cisK8s) => new()
    {
        Id = id,
        Name = name,
        Title = title,
        Message = message,
        DefaultSeverity = severity,
        AppliesTo = ["dockerfile", "kubernetes"],
        Nist80019 = nist,
        CisDocker = cis,
        CisKubernetes = cisK8s,
        Rationale = "A test rule.",
        Fix = "Remove the marker.",
        BadExample = "RUN BAD\n",
        GoodExample = "RUN good\n",
    };

    private static ParsedDocument<TestDoc> Parse(LintInput input)
    {
        var diagnostics = new List<RuleHit>();
        var suppressions = new List<Suppression>();
        for (var line = 1; line <= input.Text.LineCount; line++)
        {
            var text = input.Text.GetLineString(line);
            if (text == "PARSEERROR")
            {
                diagnostics.Add(new RuleHit(new SourceSpan(line, 1, line, 11), "unexpected PARSEERROR") { RuleIdOverride = DiagnosticIds.ParseError });
            }

            const string marker = "# containerlint ignore=";
            if (text.StartsWith(marker, StringComparison.Ordinal))
            {
                var rest = text[marker.Length..];
                var dash = rest.IndexOf(" -- ", StringComparison.Ordinal);
                var ids = (dash >= 0 ? rest[..dash] : rest).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                suppressions.Add(new Suppression(ids.ToFrozenSet(StringComparer.Ordinal), line + 1, line + 1, dash >= 0 ? rest[(dash + 4)..] : null, input.Text.GetLineSpan(line)));
            }
        }

        return new ParsedDocument<TestDoc>(new TestDoc(input.Text), diagnostics, suppressions);
    }
}
