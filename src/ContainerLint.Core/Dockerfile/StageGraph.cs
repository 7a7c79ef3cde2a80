namespace ContainerLint.Core.Dockerfile;

using System.Globalization;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Images;
using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

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

/// <summary>A word of the Dockerfile that was left unexpanded: past an expansion limit, or its expansion failed.</summary>
/// <param name="Span">The word.</param>
/// <param name="Message">Why, in one sentence.</param>
/// <param name="Failed">True for an unexpected failure (reported as an internal error on the word), false for a limit.</param>
public sealed record ExpansionProblem(SourceSpan Span, string Message, bool Failed)
{
    /// <summary>True when BuildKit stops the build on this word (a malformed FROM): reported as an error, CL0014.</summary>
    public bool RefusesBuild { get; init; }
}

/// <summary>One build stage: a FROM and the instructions up to the next FROM.</summary>
public sealed class Stage
{
    /// <summary>
    /// How many stages <see cref="SelfAndBaseStages"/> yields at most. Rules walk that chain for every stage, so
    /// 40,000 stages each built FROM the one before would cost 800 million steps per rule; no real build nests
    /// this deep, and a deeper chain is reported (CL0011) rather than walked.
    /// </summary>
    public const int MaxChainLength = 256;

    // The stage's instructions are the document's after its FROM: _count of them from _first (a list per stage, grown as it
    // was built, cost more than the rest of the stage).
    private readonly IReadOnlyList<Instruction> _all;
    private readonly int _first;
    private int _count;
    private List<StageReference>? _copyFrom; // most stages have none

    // Per-kind instruction lists, built on first use: ~25 rules ask each stage for its RUNs, USERs, COPYs.
    private ReadOnlyItems<Instruction>?[]? _byKind;
    private ImageReference? _image;
    private bool _imageParsed;
    private ReadOnlyItems<Stage>? _chain;

    /// <param name="index">The stage's index.</param>
    /// <param name="instructions">The document's instructions.</param>
    /// <param name="fromSlot">The FROM's position among them.</param>
    /// <param name="baseStage">The earlier stage this one is built FROM, or null.</param>
    internal Stage(int index, IReadOnlyList<Instruction> instructions, int fromSlot, Stage? baseStage)
    {
        Index = index;
        _all = instructions;
        _first = fromSlot + 1;
        From = instructions[fromSlot];
        BaseStage = baseStage;
        ChainLength = baseStage is null ? 1 : baseStage.ChainLength + 1;
    }

    public int Index { get; }

    /// <summary>The FROM instruction.</summary>
    public Instruction From { get; }

    /// <summary>The <c>AS</c> name as written, or null.</summary>
    public string? Name { get; internal init; }

    public SourceSpan? NameSpan { get; internal init; }

    /// <summary>The base image word (<c>nginx:${TAG}</c>) expanded with the global ARGs (<c>nginx:latest</c>), with its span.</summary>
    public required ExpandedWord BaseImage { get; init; }

    /// <summary>The earlier stage this one is built FROM, or null when it is built from an image.</summary>
    public Stage? BaseStage { get; }

    /// <summary>The number of stages from this one down to the one built from an image (1 when this one is).</summary>
    public int ChainLength { get; }

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
    public ReadOnlyItems<Instruction> Instructions => field ??= Matching(null) is { } all ? new(all) : ReadOnlyItems<Instruction>.Empty;

    /// <summary>Every <c>--from=</c> reference of COPY/ADD and <c>RUN --mount=…,from=…</c> in the stage.</summary>
    public ReadOnlyItems<StageReference> CopyFrom => field ??= _copyFrom is null ? ReadOnlyItems<StageReference>.Empty : new(_copyFrom);

    /// <summary>True for the stage that is built (the target, by default the last).</summary>
    public bool IsFinal { get; internal set; }

    /// <summary>The span of the whole stage, from its FROM to its last instruction.</summary>
    public SourceSpan Span => _count == 0 ? From.FullSpan : From.FullSpan.Union(_all[_first + _count - 1].FullSpan);

    /// <summary>The stage's instructions of one kind (e.g. every USER).</summary>
    public ReadOnlyItems<Instruction> OfKind(InstructionKind kind)
    {
        var byKind = _byKind ??= new ReadOnlyItems<Instruction>?[(int)InstructionKind.Workdir + 1];
        if (byKind[(int)kind] is { } cached) return cached;
        var matching = Matching(kind);
        return byKind[(int)kind] = matching is null ? ReadOnlyItems<Instruction>.Empty : new(matching);
    }

    /// <summary>The stage's instructions of one kind (every one for null), in order, in an exact-size list; null when there are none.</summary>
    private List<Instruction>? Matching(InstructionKind? kind)
    {
        List<Instruction>? matching = null;
        for (var slot = _first; slot < _first + _count; slot++)
        {
            var i = _all[slot];
            if (kind is { } k && i.Kind != k) continue;
            matching ??= new List<Instruction>(kind is null ? _count : 4);
            matching.Add(i);
        }

        return matching;
    }

    /// <summary>The stage and its ancestors through FROM &lt;stage&gt;, nearest first (at most <see cref="MaxChainLength"/> of them).</summary>
    public ReadOnlyItems<Stage> SelfAndBaseStages()
    {
        // Made once per stage (its base is fixed when it is made): rules and facts walk it for every stage and RUN.
        if (_chain is { } chain) return chain;

        // A base stage always comes earlier in the file, so indices fall; stopping when they do not also
        // guards against a cycle without a set per call.
        var stages = new List<Stage>(ChainLength < MaxChainLength ? ChainLength : MaxChainLength);
        var count = 0;
        for (Stage? s = this, previous = null; s is not null && (previous is null || s.Index < previous.Index) && count < MaxChainLength; previous = s, s = s.BaseStage, count++) stages.Add(s);
        return _chain = new(stages);
    }

    /// <summary>Takes the document's next instruction into the stage.</summary>
    internal void Add(Instruction instruction)
    {
        System.Diagnostics.Debug.Assert(ReferenceEquals(_all[_first + _count], instruction), "a stage's instructions follow its FROM");
        _count++;
        _byKind = null;
    }

    internal void AddCopyFrom(StageReference reference) => (_copyFrom ??= []).Add(reference);

    public override string ToString() => Name is null ? $"stage {Index}" : $"stage {Index} ({Name})";
}

/// <summary>
/// The stages of a Dockerfile, their FROM and COPY --from edges, the final (target) stage and the
/// variable scope at every instruction, for one build configuration (target and build arguments).
/// </summary>
public sealed class StageGraph
{
    // Indexed by Instruction.Index (the document's top-level instructions): a dictionary keyed by instruction hashed
    // every instruction's object identity twice per graph, a measurable share of the per-file CPU.
    private readonly IReadOnlyList<Instruction> _instructions;
    private readonly VariableScope?[] _scopes;
    private readonly Stage?[] _stageOf;

    // Stage lookups by name and by name length (FirstNamedAfter, NearMissBefore), built on first use.
    private Dictionary<string, List<int>>? _byName;
    private Dictionary<int, List<Stage>>? _byLength;
    private int _nearMissAllowance = NearMissComparisons;

    private StageGraph(
        List<Stage> stages, IReadOnlyList<Instruction> globalArgs, VariableScope globalScope, IReadOnlyList<Instruction> instructions,
        VariableScope?[] scopes, Stage?[] stageOf, Stage? final, bool targetFound, IReadOnlyList<ExpansionProblem> problems)
    {
        _instructions = instructions;
        ExpansionProblems = problems;
        Stages = new(stages);
        GlobalArgs = globalArgs;
        GlobalScope = globalScope;
        _scopes = scopes;
        _stageOf = stageOf;
        Final = final;
        TargetFound = targetFound;
    }

    public ReadOnlyItems<Stage> Stages { get; }

    /// <summary>The ARG instructions before the first FROM.</summary>
    public IReadOnlyList<Instruction> GlobalArgs { get; }

    /// <summary>The scope FROM lines are expanded in (global ARGs and build arguments).</summary>
    public VariableScope GlobalScope { get; }

    /// <summary>The built stage: the one named by the target, else the last; null when the file has no FROM.</summary>
    public Stage? Final { get; }

    /// <summary>False when a target stage was configured but no stage has that name.</summary>
    public bool TargetFound { get; }

    /// <summary>
    /// Words the graph left unexpanded while it was built (ARG and ENV values, FROM images, <c>--from</c> references)
    /// because they went past an expansion limit or their expansion failed, and a FROM chain longer than
    /// <see cref="Stage.MaxChainLength"/>; each is unresolved, so no finding comes from it.
    /// </summary>
    public IReadOnlyList<ExpansionProblem> ExpansionProblems { get; }

    /// <summary>A stage by <c>AS</c> name (case-insensitive, like BuildKit) or by index.</summary>
    public Stage? Find(string nameOrIndex)
    {
        foreach (var s in Stages)
        {
            if (s.Name is not null && string.Equals(s.Name, nameOrIndex, StringComparison.OrdinalIgnoreCase)) return s;
        }

        return int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < Stages.Count ? Stages[i] : null;
    }

    /// <summary>
    /// The first stage after <paramref name="index"/> named <paramref name="name"/> (case-insensitive, like BuildKit), or null.
    /// Indexed: CL1066 asks for every <c>--from</c>, and a scan per reference is quadratic in a file of 40,000 stages.
    /// </summary>
    public Stage? FirstNamedAfter(string name, int index)
    {
        if (!ByName().TryGetValue(name, out var indices)) return null;
        var at = indices.BinarySearch(index + 1);
        if (at < 0) at = ~at;
        return at < indices.Count ? Stages[indices[at]] : null;
    }

    /// <summary>
    /// The first stage before <paramref name="index"/> whose name (longer than two characters) is at most two edits from
    /// <paramref name="name"/>, ignoring case, or null. Only names of a near length are compared, and a graph answers at
    /// most <see cref="NearMissComparisons"/> comparisons in all (a hint, not a finding of its own, must not make a
    /// file of thousands of stages quadratic); past that it finds none.
    /// </summary>
    public Stage? NearMissBefore(string name, int index)
    {
        Stage? best = null;
        var byLength = ByLength();
        for (var length = Math.Max(3, name.Length - 2); length <= name.Length + 2; length++)
        {
            if (!byLength.TryGetValue(length, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                if (candidate.Index >= index || (best is not null && candidate.Index >= best.Index)) break;
                if (Interlocked.Decrement(ref _nearMissAllowance) < 0) return best;
                if (Text.EditDistance.IsWithin(candidate.Name!, name, 2, ignoreCase: true)) best = candidate;
            }
        }

        return best;
    }

    /// <summary>How many name comparisons <see cref="NearMissBefore"/> makes per graph at most.</summary>
    public const int NearMissComparisons = 200_000;

    private Dictionary<string, List<int>> ByName() => LazyInitializer.EnsureInitialized(ref _byName, () =>
    {
        var map = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in Stages)
        {
            if (s.Name is { } n) (map.TryGetValue(n, out var list) ? list : map[n] = []).Add(s.Index);
        }

        return map;
    });

    private Dictionary<int, List<Stage>> ByLength() => LazyInitializer.EnsureInitialized(ref _byLength, () =>
    {
        var map = new Dictionary<int, List<Stage>>();
        foreach (var s in Stages)
        {
            if (s.Name is { Length: > 2 } n) (map.TryGetValue(n.Length, out var list) ? list : map[n.Length] = []).Add(s);
        }

        return map;
    });

    /// <summary>The stage an instruction belongs to, or null for a global ARG.</summary>
    public Stage? StageOf(Instruction instruction) => SlotOf(instruction) is var slot and >= 0 ? _stageOf[slot] : null;

    /// <summary>The variables visible when <paramref name="instruction"/> runs (before its own definitions take effect).</summary>
    public VariableScope ScopeAt(Instruction instruction) => (SlotOf(instruction) is var slot and >= 0 ? _scopes[slot] : null) ?? GlobalScope;

    /// <summary>The instruction's position in the graph's instruction list, or −1 when it is not one of them (an ONBUILD trigger, another document's).</summary>
    private int SlotOf(Instruction instruction)
    {
        var index = instruction.Index;
        return index >= 0 && index < _instructions.Count && ReferenceEquals(_instructions[index], instruction) ? index : -1;
    }

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
        List<Instruction>? globalArgs = null; // most files have no ARG before the first FROM
        var scopes = new VariableScope?[instructions.Count];
        var stageOf = new Stage?[instructions.Count];

        // One allowance for every word of the file under this configuration (rules expanding words later draw on it too).
        var problems = new Problems();
        var global = VariableScope.Empty(escape, new ExpansionBudget());
        var empty = global;
        Dictionary<string, string?>? globalDefaults = null; // made by the first global ARG; most files have none

        // Each stage's ENV alone, by stage index: a stage built FROM it starts from that scope as is (immutable, so shared),
        // where filtering the parent's scope copied every ENV for every stage. Made only when a later stage is built FROM
        // the stage (most never are): the scope it started from and its ENV variables in order until then.
        var stageEnv = new List<StageEnv>();
        Dictionary<string, Stage>? byName = null; // made by the first named stage
        Stage? current = null;
        var scope = global;

        for (var slot = 0; slot < instructions.Count; slot++)
        {
            var instruction = instructions[slot];
            if (instruction.Kind == InstructionKind.From)
            {
                scopes[slot] = global;
                var stage = NewStage(instructions, slot, stages.Count, byName, global, problems);
                stages.Add(stage);
                if (stage.Name is not null) (byName ??= new Dictionary<string, Stage>(StringComparer.OrdinalIgnoreCase))[stage.Name] = stage;
                stageOf[slot] = stage;
                current = stage;
                if (stage.ChainLength == Stage.MaxChainLength + 1)
                {
                    problems.Add(new ExpansionProblem(instruction.KeywordSpan, $"This stage is built on a chain of more than {Stage.MaxChainLength} stages; rules look at the nearest {Stage.MaxChainLength} only.", false));
                }

                // A stage built FROM another inherits its ENV (ARGs must be redeclared).
                scope = stage.BaseStage is { } parent ? stageEnv[parent.Index].Scope() : empty;
                stageEnv.Add(new StageEnv(scope));
                continue;
            }

            if (current is null)
            {
                scopes[slot] = global;
                if (instruction.Kind == InstructionKind.Arg)
                {
                    (globalArgs ??= []).Add(instruction);
                    foreach (var kv in instruction.KeyValues)
                    {
                        var value = Resolve(kv, global, buildArgs, null, problems, out var fromBuildArg);
                        (globalDefaults ??= new Dictionary<string, string?>(StringComparer.Ordinal))[kv.Key] = value;
                        global = global.With(new ScopedVariable(kv.Key, value, VariableSource.Arg, instruction) { FromBuildArg = fromBuildArg });
                    }
                }

                continue;
            }

            scopes[slot] = scope;
            stageOf[slot] = current;
            current.Add(instruction);
            switch (instruction.Kind)
            {
                case InstructionKind.Arg:
                    foreach (var kv in instruction.KeyValues)
                    {
                        var value = Resolve(kv, scope, buildArgs, globalDefaults, problems, out var fromBuildArg);
                        scope = scope.With(new ScopedVariable(kv.Key, value, VariableSource.Arg, instruction) { FromBuildArg = fromBuildArg });
                    }

                    break;
                case InstructionKind.Env:
                    var pairs = instruction.KeyValues;
                    var set = new ScopedVariable[pairs.Count];
                    for (var p = 0; p < set.Length; p++)
                    {
                        // All pairs of one ENV are expanded in the scope before it (BuildKit semantics).
                        var kv = pairs[p];
                        var value = Known(problems.Note(scope.Expand(kv.Value ?? string.Empty, kv.ValueSpan ?? kv.Span)));
                        set[p] = new ScopedVariable(kv.Key, value, VariableSource.Env, instruction);
                        stageEnv[current.Index].Add(set[p]);
                    }

                    scope = scope.WithAll(set);
                    break;
                case InstructionKind.Copy:
                case InstructionKind.Add:
                case InstructionKind.Run:
                    AddReferences(instruction, current, stages, byName, scope, problems);
                    break;
            }
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
        return new StageGraph(stages, globalArgs ?? (IReadOnlyList<Instruction>)[], global, instructions, scopes, stageOf, final, targetFound, problems.List);
    }

    private static string? Resolve(
        KeyValueArgument kv, VariableScope scope, IReadOnlyDictionary<string, string> buildArgs, Dictionary<string, string?>? globalDefaults, Problems problems, out bool fromBuildArg)
    {
        fromBuildArg = false;
        if (buildArgs.TryGetValue(kv.Key, out var given))
        {
            fromBuildArg = true;
            return given;
        }

        if (kv.Value is not null) return Known(problems.Note(scope.Expand(kv.Value, kv.ValueSpan ?? kv.Span)));
        return globalDefaults is not null && globalDefaults.TryGetValue(kv.Key, out var d) ? d : null;
    }

    /// <summary>The value a variable gets from a word: none (unknown, so every later use is unresolved too) when the word was left unexpanded at a limit or failure.</summary>
    private static string? Known(ExpandedWord word) => word.LimitExceeded || word.Failed ? null : word.Value;

    private static Stage NewStage(
        IReadOnlyList<Instruction> instructions, int slot, int index, Dictionary<string, Stage>? earlierByName, VariableScope global, Problems problems)
    {
        var from = instructions[slot];
        var args = from.Arguments;
        var image = args.Count > 0 ? problems.Note(global.Expand(args[0]), buildKitExpandsAlways: true) : new ExpandedWord(string.Empty, string.Empty, false, [], from.KeywordSpan);
        string? name = null;
        SourceSpan? nameSpan = null;
        if (args.Count >= 3 && string.Equals(args[1].Value, "AS", StringComparison.OrdinalIgnoreCase))
        {
            name = args[2].Value;
            nameSpan = args[2].Span;
        }

        Stage? baseStage = null;
        if (image.IsFullyResolved && earlierByName is not null)
        {
            baseStage = earlierByName.GetValueOrDefault(image.Value);
        }

        return new Stage(index, instructions, slot, baseStage) { Name = name, NameSpan = nameSpan, BaseImage = image };
    }

    private static void AddReferences(Instruction instruction, Stage current, List<Stage> stages, Dictionary<string, Stage>? byName, VariableScope scope, Problems problems)
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
            var value = problems.Note(scope.Expand(raw, flag.ValueSpan ?? flag.Span));
            Stage? target = null;
            if (value.IsFullyResolved)
            {
                // A name wins over an index; only earlier stages can be referenced.
                target = byName?.GetValueOrDefault(value.Value) is { } named && named.Index < current.Index ? named : null;
                if (target is null && int.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < current.Index)
                {
                    target = stages[index];
                }
            }

            current.AddCopyFrom(new StageReference(instruction, flag, value, target));
        }
    }

    /// <summary>A stage's ENV alone: the scope it started from (its base stage's ENV) and the ENV variables it sets, folded on first use.</summary>
    private sealed class StageEnv(VariableScope start)
    {
        private List<ScopedVariable>? _variables;
        private VariableScope? _scope;

        public void Add(ScopedVariable variable)
        {
            (_variables ??= []).Add(variable);
            _scope = null;
        }

        public VariableScope Scope()
        {
            if (_scope is { } made) return made;
            return _scope = _variables is null ? start : start.WithAll(_variables);
        }
    }

    /// <summary>Collects the words <see cref="Build"/> left unexpanded (the first few: a flood of them says nothing more).</summary>
    private sealed class Problems
    {
        private const int Max = 20;

        private List<ExpansionProblem>? _list; // most files have none

        public IReadOnlyList<ExpansionProblem> List => _list ?? (IReadOnlyList<ExpansionProblem>)[];

        public void Add(ExpansionProblem problem)
        {
            if ((_list ??= []).Count < Max) _list.Add(problem);
        }

        /// <param name="word">The expanded word.</param>
        /// <param name="buildKitExpandsAlways">
        /// True for a FROM image: BuildKit expands every stage's FROM before it builds anything, so a malformed word there
        /// (<c>${X</c>, <c>${X:i}</c>) stops every build of the file (reported as CL0014).
        /// </param>
        public ExpandedWord Note(ExpandedWord word, bool buildKitExpandsAlways = false)
        {
            // ${templateOption:name} is a Dev Container Templates placeholder, replaced before the file is built.
            if (buildKitExpandsAlways && !word.Failed && !word.LimitExceeded && word.Error is { } error
                && !word.Raw.Contains("${templateOption:", StringComparison.Ordinal))
            {
                Add(new ExpansionProblem(word.Span, $"FROM cannot be expanded: {error}", false) { RefusesBuild = true });
            }
            else if (word.Failed) Add(new ExpansionProblem(word.Span, word.Error ?? "an unexpected error", true));
            else if (word.LimitExceeded) Add(new ExpansionProblem(word.Span, $"This word was not expanded: {word.Error}; it counts as unresolved.", false));
            return word;
        }
    }
}
