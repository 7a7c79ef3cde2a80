namespace ContainerLint.Core.Dockerfile;

using System.Globalization;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Images;
using ContainerLint.Core.Model;

/// <summary>A <c>COPY --from</c> / <c>RUN --mount=from=</c> reference: to an earlier stage, or to an external image.</summary>
/// <param name="Instruction">The COPY (or ADD/RUN) instruction.</param>
/// <param name="Flag">The flag carrying the reference.</param>
/// <param name="Value">The reference after variable expansion.</param>
/// <param name="Stage">The referenced stage, or null for an external image.</param>
public sealed record StageReference(Instruction Instruction, InstructionFlag Flag, ExpandedWord Value, Stage? Stage)
{
    /// <summary>True when the reference names an image (<c>--from=nginx:latest</c>), not a stage.</summary>
    public bool IsExternalImage => Stage is null;

    /// <summary>The external image, parsed, when <see cref="IsExternalImage"/> and the value is resolved.</summary>
    public ImageReference? Image => Stage is null && Value.IsFullyResolved ? ImageReference.TryParse(Value.Value) : null;
}

/// <summary>One build stage: a FROM and the instructions up to the next FROM.</summary>
public sealed class Stage
{
    private readonly List<Instruction> _instructions = [];
    private readonly List<StageReference> _copyFrom = [];

    // Per-kind instruction lists, built on first use: ~25 rules ask each stage for its RUNs, USERs, COPYs.
    private IReadOnlyList<Instruction>?[]? _byKind;
    private ImageReference? _image;
    private bool _imageParsed;

    internal Stage(int index, Instruction from) => (Index, From) = (index, from);

    public int Index { get; }

    /// <summary>The FROM instruction.</summary>
    public Instruction From { get; }

    /// <summary>The <c>AS</c> name as written, or null.</summary>
    public string? Name { get; internal init; }

    public SourceSpan? NameSpan { get; internal init; }

    /// <summary>The base image word (<c>nginx:${TAG}</c>) expanded with the global ARGs (<c>nginx:latest</c>), with its span.</summary>
    public required ExpandedWord BaseImage { get; init; }

    /// <summary>The earlier stage this one is built FROM, or null when it is built from an image.</summary>
    public Stage? BaseStage { get; internal init; }

    /// <summary>True for <c>FROM scratch</c>.</summary>
    public bool IsScratch => BaseStage is null && string.Equals(BaseImage.Value, "scratch", StringComparison.OrdinalIgnoreCase);

    /// <summary>The parsed base image when built from an image with a fully resolved reference; null for a stage, scratch or an unresolved name.</summary>
    public ImageReference? Image
    {
        get
        {
            if (!_imageParsed)
            {
                _image = BaseStage is null && !IsScratch && BaseImage.IsFullyResolved ? ImageReference.TryParse(BaseImage.Value) : null;
                _imageParsed = true;
            }
            return _image;
        }
    }

    /// <summary>The value of <c>--platform</c>, or null.</summary>
    public string? Platform => From.GetFlag("platform")?.Value;

    /// <summary>The instructions of the stage after its FROM, in order.</summary>
    public IReadOnlyList<Instruction> Instructions => _instructions;

    /// <summary>Every <c>--from=</c> reference of COPY/ADD and <c>RUN --mount=…,from=…</c> in the stage.</summary>
    public IReadOnlyList<StageReference> CopyFrom => _copyFrom;

    /// <summary>True for the stage that is built (the target, by default the last).</summary>
    public bool IsFinal { get; internal set; }

    /// <summary>The span of the whole stage, from its FROM to its last instruction.</summary>
    public SourceSpan Span => _instructions.Count == 0 ? From.FullSpan : From.FullSpan.Union(_instructions[^1].FullSpan);

    /// <summary>The stage's instructions of one kind (e.g. every USER).</summary>
    public IReadOnlyList<Instruction> OfKind(InstructionKind kind)
    {
        var byKind = _byKind ??= new IReadOnlyList<Instruction>?[(int)InstructionKind.Workdir + 1];
        if (byKind[(int)kind] is { } cached) return cached;
        var matching = new List<Instruction>();
        foreach (var i in _instructions)
        {
            if (i.Kind == kind) matching.Add(i);
        }
        return byKind[(int)kind] = matching.Count == 0 ? [] : matching.ToArray();
    }

    /// <summary>The stage and its ancestors through FROM &lt;stage&gt;, nearest first.</summary>
    public IEnumerable<Stage> SelfAndBaseStages()
    {
        // A base stage always comes earlier in the file, so indices fall; stopping when they do not also
        // guards against a cycle without a set per call.
        for (Stage? s = this, previous = null; s is not null && (previous is null || s.Index < previous.Index); previous = s, s = s.BaseStage) yield return s;
    }

    internal void Add(Instruction instruction)
    {
        _instructions.Add(instruction);
        _byKind = null;
    }

    internal void AddCopyFrom(StageReference reference) => _copyFrom.Add(reference);

    public override string ToString() => Name is null ? $"stage {Index}" : $"stage {Index} ({Name})";
}

/// <summary>
/// The stages of a Dockerfile, their FROM and COPY --from edges, the final (target) stage and the
/// variable scope at every instruction, for one build configuration (target and build arguments).
/// </summary>
public sealed class StageGraph
{
    private readonly Dictionary<Instruction, VariableScope> _scopes;
    private readonly Dictionary<Instruction, Stage> _stageOf;

    private StageGraph(
        IReadOnlyList<Stage> stages, IReadOnlyList<Instruction> globalArgs, VariableScope globalScope,
        Dictionary<Instruction, VariableScope> scopes, Dictionary<Instruction, Stage> stageOf, Stage? final, bool targetFound)
    {
        Stages = stages;
        GlobalArgs = globalArgs;
        GlobalScope = globalScope;
        _scopes = scopes;
        _stageOf = stageOf;
        Final = final;
        TargetFound = targetFound;
    }

    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>The ARG instructions before the first FROM.</summary>
    public IReadOnlyList<Instruction> GlobalArgs { get; }

    /// <summary>The scope FROM lines are expanded in (global ARGs and build arguments).</summary>
    public VariableScope GlobalScope { get; }

    /// <summary>The built stage: the one named by the target, else the last; null when the file has no FROM.</summary>
    public Stage? Final { get; }

    /// <summary>False when a target stage was configured but no stage has that name.</summary>
    public bool TargetFound { get; }

    /// <summary>A stage by <c>AS</c> name (case-insensitive, like BuildKit) or by index.</summary>
    public Stage? Find(string nameOrIndex)
    {
        foreach (var s in Stages)
        {
            if (s.Name is not null && string.Equals(s.Name, nameOrIndex, StringComparison.OrdinalIgnoreCase)) return s;
        }

        return int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < Stages.Count ? Stages[i] : null;
    }

    /// <summary>The stage an instruction belongs to, or null for a global ARG.</summary>
    public Stage? StageOf(Instruction instruction) => _stageOf.GetValueOrDefault(instruction);

    /// <summary>The variables visible when <paramref name="instruction"/> runs (before its own definitions take effect).</summary>
    public VariableScope ScopeAt(Instruction instruction) => _scopes.GetValueOrDefault(instruction) ?? GlobalScope;

    /// <summary>The stages the final stage needs (itself, its FROM chain, COPY --from sources, transitively), in index order.</summary>
    public IReadOnlyList<Stage> StagesNeededByFinal()
    {
        if (Final is null) return [];
        var needed = new SortedSet<int>();
        var work = new Stack<Stage>();
        work.Push(Final);
        while (work.Count > 0)
        {
            var s = work.Pop();
            if (!needed.Add(s.Index)) continue;
            if (s.BaseStage is { } b) work.Push(b);
            foreach (var c in s.CopyFrom)
            {
                if (c.Stage is { } cs) work.Push(cs);
            }
        }

        return needed.Select(i => Stages[i]).ToArray();
    }

    internal static StageGraph Build(IReadOnlyList<Instruction> instructions, char escape, LintConfiguration configuration)
    {
        var buildArgs = configuration.BuildArgs;
        var stages = new List<Stage>();
        var globalArgs = new List<Instruction>();
        var scopes = new Dictionary<Instruction, VariableScope>();
        var stageOf = new Dictionary<Instruction, Stage>();
        var global = VariableScope.Empty(escape);
        var globalDefaults = new Dictionary<string, string?>(StringComparer.Ordinal);
        var stageEnv = new Dictionary<int, VariableScope>();
        var byName = new Dictionary<string, Stage>(StringComparer.OrdinalIgnoreCase);
        Stage? current = null;
        var scope = global;

        foreach (var instruction in instructions)
        {
            if (instruction.Kind == InstructionKind.From)
            {
                scopes[instruction] = global;
                var stage = NewStage(instruction, stages.Count, byName, global);
                stages.Add(stage);
                if (stage.Name is not null) byName[stage.Name] = stage;
                stageOf[instruction] = stage;
                current = stage;

                // A stage built FROM another inherits its ENV (ARGs must be redeclared).
                scope = stage.BaseStage is { } parent && stageEnv.TryGetValue(parent.Index, out var parentScope)
                    ? parentScope.OnlyEnv()
                    : VariableScope.Empty(escape);
                stageEnv[stage.Index] = scope;
                continue;
            }

            if (current is null)
            {
                scopes[instruction] = global;
                if (instruction.Kind == InstructionKind.Arg)
                {
                    globalArgs.Add(instruction);
                    foreach (var kv in instruction.KeyValues)
                    {
                        var value = Resolve(kv, global, buildArgs, null, out var fromBuildArg);
                        globalDefaults[kv.Key] = value;
                        global = global.With(new ScopedVariable(kv.Key, value, VariableSource.Arg, instruction) { FromBuildArg = fromBuildArg });
                    }
                }

                continue;
            }

            scopes[instruction] = scope;
            stageOf[instruction] = current;
            current.Add(instruction);
            switch (instruction.Kind)
            {
                case InstructionKind.Arg:
                    foreach (var kv in instruction.KeyValues)
                    {
                        var value = Resolve(kv, scope, buildArgs, globalDefaults, out var fromBuildArg);
                        scope = scope.With(new ScopedVariable(kv.Key, value, VariableSource.Arg, instruction) { FromBuildArg = fromBuildArg });
                    }

                    break;
                case InstructionKind.Env:
                    var next = scope;
                    foreach (var kv in instruction.KeyValues)
                    {
                        // All pairs of one ENV are expanded in the scope before it (BuildKit semantics).
                        var value = scope.Expand(kv.Value ?? string.Empty, kv.ValueSpan ?? kv.Span).Value;
                        next = next.With(new ScopedVariable(kv.Key, value, VariableSource.Env, instruction));
                    }

                    scope = next;
                    break;
                case InstructionKind.Copy:
                case InstructionKind.Add:
                case InstructionKind.Run:
                    AddReferences(instruction, current, stages, byName, scope);
                    break;
            }

            stageEnv[current.Index] = scope;
        }

        Stage? final = stages.Count > 0 ? stages[^1] : null;
        var targetFound = true;
        if (configuration.TargetStage is { Length: > 0 } target)
        {
            var named = stages.FirstOrDefault(s => string.Equals(s.Name, target, StringComparison.OrdinalIgnoreCase));
            targetFound = named is not null;
            final = named ?? final;
        }

        if (final is not null) final.IsFinal = true;
        return new StageGraph(stages, globalArgs, global, scopes, stageOf, final, targetFound);
    }

    private static string? Resolve(
        KeyValueArgument kv, VariableScope scope, IReadOnlyDictionary<string, string> buildArgs, Dictionary<string, string?>? globalDefaults, out bool fromBuildArg)
    {
        fromBuildArg = false;
        if (buildArgs.TryGetValue(kv.Key, out var given))
        {
            fromBuildArg = true;
            return given;
        }

        if (kv.Value is not null) return scope.Expand(kv.Value, kv.ValueSpan ?? kv.Span).Value;
        return globalDefaults is not null && globalDefaults.TryGetValue(kv.Key, out var d) ? d : null;
    }

    private static Stage NewStage(Instruction from, int index, Dictionary<string, Stage> earlierByName, VariableScope global)
    {
        var args = from.Arguments;
        var image = args.Count > 0 ? global.Expand(args[0]) : new ExpandedWord(string.Empty, string.Empty, false, [], from.KeywordSpan);
        string? name = null;
        SourceSpan? nameSpan = null;
        if (args.Count >= 3 && string.Equals(args[1].Value, "AS", StringComparison.OrdinalIgnoreCase))
        {
            name = args[2].Value;
            nameSpan = args[2].Span;
        }

        Stage? baseStage = null;
        if (image.IsFullyResolved)
        {
            baseStage = earlierByName.GetValueOrDefault(image.Value);
        }

        return new Stage(index, from) { Name = name, NameSpan = nameSpan, BaseImage = image, BaseStage = baseStage };
    }

    private static void AddReferences(Instruction instruction, Stage current, List<Stage> stages, Dictionary<string, Stage> byName, VariableScope scope)
    {
        foreach (var flag in instruction.Flags)
        {
            string? raw = null;
            if (flag.Is("from") && instruction.Kind is InstructionKind.Copy or InstructionKind.Add)
            {
                raw = flag.Value;
            }
            else if (flag.Is("mount") && flag.Value is { } mount)
            {
                foreach (var part in mount.Split(','))
                {
                    if (part.StartsWith("from=", StringComparison.OrdinalIgnoreCase)) raw = part[5..];
                }
            }

            if (raw is null) continue;
            var value = scope.Expand(raw, flag.ValueSpan ?? flag.Span);
            Stage? target = null;
            if (value.IsFullyResolved)
            {
                // A name wins over an index; only earlier stages can be referenced.
                target = byName.GetValueOrDefault(value.Value) is { } named && named.Index < current.Index ? named : null;
                if (target is null && int.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < current.Index)
                {
                    target = stages[index];
                }
            }

            current.AddCopyFrom(new StageReference(instruction, flag, value, target));
        }
    }
}
