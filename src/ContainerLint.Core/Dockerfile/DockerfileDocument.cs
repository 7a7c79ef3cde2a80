namespace ContainerLint.Core.Dockerfile;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Text;

/// <summary>
/// A parsed Dockerfile as rules see it: instructions with exact spans, directives, comments, the
/// escape character, the stage graph and the variable scope at every instruction.
/// </summary>
/// <example>
/// <code>
/// var graph = document.GetStages(context);              // honours --target and build args
/// foreach (var user in graph.Final?.OfKind(InstructionKind.User) ?? []) { … user.Arguments[0].Span … }
/// foreach (var stage in graph.Stages) { var image = stage.BaseImage; /* Value, IsFullyResolved, Span */ }
/// var span = run.MapSpan(wordStart, wordEnd);            // offsets into run.Rest, even across continuation lines
/// </code>
/// </example>
public sealed class DockerfileDocument
{
    private readonly object _gate = new();
    private (LintConfiguration Configuration, StageGraph Graph)? _cached;

    internal DockerfileDocument(DockerfileParseResult parsed, string path, string? dockerIgnore)
    {
        Source = parsed.Source;
        Path = path;
        Instructions = parsed.Instructions as ReadOnlyItems<Instruction>
            ?? new ReadOnlyItems<Instruction>(parsed.Instructions as List<Instruction> ?? [.. parsed.Instructions]);
        Directives = parsed.Directives;
        Comments = parsed.Comments;
        EscapeChar = parsed.EscapeChar;
        DockerIgnore = dockerIgnore;
        Stages = StageGraph.Build(Instructions, EscapeChar, LintConfiguration.Default);
    }

    /// <summary>Parses text directly (tests, embedding); parse errors leave the document with the instructions before them.</summary>
    public static DockerfileDocument Parse(string text, string path = "Dockerfile", string? dockerIgnore = null) =>
        new(DockerfileParser.Parse(text), path, dockerIgnore);

    public SourceText Source { get; }

    /// <summary>The path as shown to users.</summary>
    public string Path { get; }

    /// <summary>Top-level instructions in file order (ONBUILD sub-instructions hang off <see cref="Instruction.OnBuild"/>).</summary>
    /// <remarks>A <see cref="ReadOnlyItems{T}"/>: <c>foreach</c> over it (every rule's) boxes no enumerator.</remarks>
    public ReadOnlyItems<Instruction> Instructions { get; }

    public IReadOnlyList<ParserDirective> Directives { get; }

    /// <summary>Every comment line (directives included, heredoc bodies excluded).</summary>
    public IReadOnlyList<DockerfileComment> Comments { get; }

    /// <summary><c>\</c>, or <c>`</c> after <c># escape=`</c>.</summary>
    public char EscapeChar { get; }

    /// <summary>The <c>.dockerignore</c> text of the build context, or null when there is none.</summary>
    public string? DockerIgnore { get; }

    /// <summary>The build context on disk (read lazily, bounded), or null when there is none (standard input, text parsed in memory).</summary>
    public Context.BuildContext? BuildContext { get; init; }

    /// <summary>The stage graph with the default configuration (last stage is final, no build args).</summary>
    public StageGraph Stages { get; }

    /// <summary>A directive by name (<c>syntax</c>, <c>escape</c>, <c>check</c>), or null.</summary>
    public ParserDirective? GetDirective(string name) =>
        Directives.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stage graph for a configuration: its target stage and build arguments.</summary>
    public StageGraph GetStages(LintConfiguration configuration)
    {
        if (configuration.TargetStage is null && configuration.BuildArgs.Count == 0) return Stages;
        lock (_gate)
        {
            if (_cached is { } c && ReferenceEquals(c.Configuration, configuration)) return c.Graph;
            var graph = StageGraph.Build(Instructions, EscapeChar, configuration);
            _cached = (configuration, graph);
            return graph;
        }
    }

    /// <summary>The stage graph for the configuration a rule runs under.</summary>
    public StageGraph GetStages(RuleContext context) => GetStages(context.Configuration);

    /// <summary>Every instruction including ONBUILD sub-instructions, outer first.</summary>
    /// <remarks>A struct enumerable: <c>foreach</c> makes no iterator object (several rules walk it for every file).</remarks>
    public AllInstructionsView AllInstructions() => new(Instructions);

    /// <summary>The instructions with their ONBUILD triggers, outer first; see <see cref="AllInstructions"/>.</summary>
    public readonly struct AllInstructionsView(ReadOnlyItems<Instruction> instructions) : IEnumerable<Instruction>
    {
        public Enumerator GetEnumerator() => new(instructions);

        IEnumerator<Instruction> IEnumerable<Instruction>.GetEnumerator() => Iterate().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => Iterate().GetEnumerator();

        private IEnumerable<Instruction> Iterate()
        {
            foreach (var i in this) yield return i;
        }

        public struct Enumerator(ReadOnlyItems<Instruction> instructions)
        {
            private int _index = -1;
            private Instruction? _current;

            public readonly Instruction Current => _current!;

            public bool MoveNext()
            {
                if (_current?.OnBuild is { } trigger)
                {
                    _current = trigger;
                    return true;
                }

                if (++_index >= instructions.Count) return false;
                _current = instructions[_index];
                return true;
            }
        }
    }
}
