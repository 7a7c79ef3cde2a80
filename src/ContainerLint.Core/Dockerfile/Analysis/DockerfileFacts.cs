namespace ContainerLint.Core.Dockerfile.Analysis;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile.Context;
using ContainerLint.Core.Images;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Model;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Shell;

/// <summary>A local source of ADD/COPY with its expanded value, and the later RUN of its stage that removes it, if any.</summary>
public sealed record CopySource(Instruction Instruction, InstructionArgument Argument, string Value, string Destination, Stage Stage)
{
    /// <summary>
    /// True when the path names a secret-looking file or folder, and nothing says it is public material: copied to a
    /// name such as <c>key.pub</c> or <c>repo.asc</c>, or imported as a signing key by a later RUN (<see cref="IsImportedAsPublicKey"/>).
    /// </summary>
    public bool IsSecretPath => SecretPaths.IsSecretPath(Value) && !IsImportedAsPublicKey
        && !(!Destination.EndsWith('/') && SecretPaths.IsPublicMaterialName(Destination));

    /// <summary>True when a later RUN of the stage imports the copied file as a public key (gpg --import, apt-key add, rpm --import, signed-by=).</summary>
    public bool IsImportedAsPublicKey { get; init; }

    /// <summary>The first line of a later RUN of the stage that deletes the copied file (or a folder holding it), or null.</summary>
    public int? RemovedOnLine { get; init; }
}

/// <summary>A local COPY/ADD source of the built image and the secret-looking files of the build context it copies.</summary>
/// <param name="Source">The source (a folder, <c>.</c> or a wildcard).</param>
/// <param name="Secrets">What it copies that looks secret, in listing order.</param>
/// <param name="ListingStoppedBecause">Why the listing of the context stopped early (there may be more), or null.</param>
public sealed record ShippedSecrets(CopySource Source, IReadOnlyList<ContextSecret> Secrets, string? ListingStoppedBecause);

/// <summary>One EXPOSE value after variable expansion.</summary>
public sealed record ExposedPort(Instruction Instruction, InstructionArgument Argument, Stage Stage, PortSpec Port)
{
    public SourceSpan Span => Argument.Span;
}

/// <summary>A CMD or ENTRYPOINT, with its shell-form text parsed when a POSIX shell runs it.</summary>
public sealed record StartCommand(Instruction Instruction, Stage Stage, ShellScript? Script);

/// <summary>What a built image is for, as far as its Dockerfile says.</summary>
public enum ImagePurpose
{
    /// <summary>It runs something: the usual case.</summary>
    Runtime,

    /// <summary>
    /// An artifact stage: FROM scratch with no CMD or ENTRYPOINT anywhere in its chain, it only carries files out of the build
    /// (<c>docker build --output</c>, <c>COPY --from</c> elsewhere) and is not run as a container by itself.
    /// </summary>
    Artifact,

    /// <summary>An operating-system base image: FROM scratch with a root filesystem archive ADDed to <c>/</c> (the official debian, alpine, busybox images), meant to be built upon.</summary>
    OperatingSystemBase,

    /// <summary>
    /// A toolchain or language base image, published for other images to build FROM: no ENTRYPOINT, and a CMD that only
    /// starts an interactive shell or interpreter (<c>bash</c>, <c>python3</c>, <c>jshell</c>) or none at all. Who it runs
    /// as is decided by the images built on it.
    /// </summary>
    ToolchainBase,

    /// <summary>
    /// A development image, by its file or target name: a dev container (<c>.devcontainer/</c>), an inner-loop image
    /// (<c>Dockerfile.develop</c>, <c>dev.Dockerfile</c>, <c>dev.go.Dockerfile</c>, <c>Dockerfile.dev</c>), a Gitpod workspace image
    /// (<c>.gitpod.Dockerfile</c>) or a built stage named dev, develop,
    /// development, debug or test. Rules about what a production image ships and runs as do not apply.
    /// </summary>
    Development,
}

/// <summary>Who the built image runs as.</summary>
/// <param name="Kind">Root, non-root (numeric or name) or unknown.</param>
/// <param name="Value">The USER value after expansion, or null when no USER is set.</param>
/// <param name="Span">The USER argument, or the final FROM's image when there is no USER.</param>
/// <param name="UserInstruction">The USER in effect (nearest along the FROM chain), or null.</param>
/// <param name="BaseDefault">Without USER: the base image's default user and why (null when a USER is set or the base is unknown).</param>
public sealed record FinalUser(UserKind Kind, string? Value, SourceSpan Span, Instruction? UserInstruction, ImageUserDefault? BaseDefault);

/// <summary>The stage that is built (the last, or <c>--target</c>) and the stages it is built FROM.</summary>
/// <param name="Purpose">What the image is for: most run an application; some only carry files or are an operating system to build on.</param>
/// <param name="IsWindows">True when the chain's base is a Windows image (servercore, nanoserver, windows).</param>
/// <param name="StepsDownAtRuntime">
/// True when the image installs or uses a privilege-dropping launcher (gosu, su-exec, setpriv, runuser, chroot --userspec,
/// s6-setuidgid): the container starts as root and its entry point switches to an unprivileged user, as the official
/// postgres, redis, rabbitmq and cassandra images do.
/// </param>
public sealed record FinalImage(Stage Stage, IReadOnlyList<Stage> Chain, FinalUser User, ImagePurpose Purpose, bool IsWindows, bool StepsDownAtRuntime)
{
    /// <summary>The stage at the root of the chain, whose FROM names an external image (or scratch).</summary>
    public Stage Root => Chain[^1];

    /// <summary>True when the stage is part of the image that ships: the built stage or a stage it is built FROM.</summary>
    public bool Ships(Stage stage)
    {
        // By index: rules ask this for every RUN, and foreach over the interface boxed an enumerator each time.
        for (var n = 0; n < Chain.Count; n++)
        {
            if (ReferenceEquals(Chain[n], stage)) return true;
        }

        return false;
    }
}

/// <summary>
/// What the Dockerfile rules know about one Dockerfile under one configuration, computed once by the front end and read
/// by every rule: the stage graph, every RUN (<see cref="RunFacts"/>), local COPY/ADD sources, exposed ports, start
/// commands, variable assignments and who the built image runs as. No rule re-derives any of it.
/// </summary>
public sealed class DockerfileFacts
{
    private static readonly string[] Removers = ["rm", "shred", "unlink"];

    private IReadOnlyList<Assignment>? _assignments;
    private IReadOnlyList<CopySource>? _localSources;
    private ReadOnlyItems<ExposedPort>? _ports;
    private HashSet<Stage>? _unresolvedExposeStages;
    private IReadOnlyList<StartCommand>? _startCommands;
    private FinalImage? _final;
    private bool _finalComputed;
    private DockerIgnore? _ignore;
    private IReadOnlyList<ShippedSecrets>? _shipped;
    private ReadOnlyItems<PackageOperation>? _packages;
    private ReadOnlyItems<Download>? _downloads;
    private ReadOnlyItems<AccountChange>? _accounts;
    private ReadOnlyItems<ModeChange>? _modeChanges;
    private ReadOnlyItems<ExposedPort>? _exposedByFinal;

    public DockerfileFacts(DockerfileDocument document, LintConfiguration configuration)
    {
        Document = document;
        Configuration = configuration;
        Graph = document.GetStages(configuration);
        var runs = new List<RunFacts>();
        foreach (var stage in Graph.Stages)
        {
            // The stage's shells, worked out once for all its RUNs (each used to look up the SHELL in effect and the base image).
            var shells = new StageShells(stage);
            foreach (var i in stage.Instructions)
            {
                if (i.Kind == InstructionKind.Run)
                {
                    runs.Add(Analyze(stage, i, i, shells.At(i.Index)));
                }
                else if (i.Kind == InstructionKind.Onbuild && i.OnBuild is { Kind: InstructionKind.Run } trigger)
                {
                    runs.Add(Analyze(stage, trigger, i, shells.At(i.Index)));
                }
            }
        }

        Runs = new(runs);
    }

    /// <summary><see cref="RunScripts.ShellAt"/> for the RUNs of one stage: one <see cref="RunShell"/> per SHELL in effect, the default one made once.</summary>
    private sealed class StageShells(Stage stage)
    {
        private RunShell? _default;
        private Instruction? _lastShell;
        private RunShell? _last;

        public RunShell At(int position)
        {
            if (RunScripts.ShellInstructionAt(stage, position) is not { } shell) return _default ??= RunScripts.DefaultShell(stage);
            if (!ReferenceEquals(shell, _lastShell))
            {
                _lastShell = shell;
                _last = RunScripts.ShellOf(shell);
            }

            return _last!;
        }
    }

    /// <summary>The facts of a RUN instruction (or ONBUILD RUN sub-instruction) of a stage, or null.</summary>
    public RunFacts? RunOf(Instruction run)
    {
        var runs = Runs;
        if (run.Index < 0)
        {
            // An ONBUILD trigger (its own index is −1): rare, so a scan.
            foreach (var r in runs)
            {
                if (ReferenceEquals(r.Instruction, run)) return r;
            }

            return null;
        }

        // Runs are in file order, at most one per top-level instruction: a binary search by index, no hashing of instructions.
        int lo = 0, hi = runs.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var anchorIndex = runs[mid].Anchor.Index;
            if (anchorIndex == run.Index) return ReferenceEquals(runs[mid].Instruction, run) ? runs[mid] : null;
            if (anchorIndex < run.Index) lo = mid + 1;
            else hi = mid - 1;
        }

        return null;
    }

    /// <summary>Instructions of <paramref name="kind"/> that a later one of the same stage overrides (only the last CMD, ENTRYPOINT or HEALTHCHECK takes effect), with the line of that last one.</summary>
    public IReadOnlyList<(Instruction Overridden, Instruction Last)> OverriddenInStage(InstructionKind kind)
    {
        // A list only for the files that repeat the instruction in a stage (three rules ask this of every file).
        List<(Instruction Overridden, Instruction Last)>? found = null;
        foreach (var stage in Graph.Stages)
        {
            var all = stage.OfKind(kind);
            for (var i = 0; i + 1 < all.Count; i++) (found ??= []).Add((all[i], all[^1]));
        }

        return found ?? (IReadOnlyList<(Instruction Overridden, Instruction Last)>)[];
    }

    public DockerfileDocument Document { get; }

    public LintConfiguration Configuration { get; }

    /// <summary>The stage graph under <see cref="Configuration"/> (its target stage and build arguments).</summary>
    public StageGraph Graph { get; }

    /// <summary>The build context's <c>.dockerignore</c> (or <c>&lt;Dockerfile&gt;.dockerignore</c>), parsed; empty when there is none.</summary>
    public DockerIgnore Ignore => _ignore ??= DockerIgnore.Parse(Document.DockerIgnore);

    /// <summary>Every RUN of every stage, <c>ONBUILD RUN</c> triggers included, in file order.</summary>
    public ReadOnlyItems<RunFacts> Runs { get; }

    /// <summary>Every command running one of <paramref name="programs"/>, across all RUNs.</summary>
    public IEnumerable<ScriptCommand> CommandsOf(params ReadOnlySpan<string> programs)
    {
        // Collected in one list (none for the usual file that runs none of them), not a SelectMany over every RUN.
        List<ScriptCommand>? found = null;
        foreach (var run in Runs)
        {
            if (!run.Runs(programs)) continue;
            foreach (var sc in run.CommandsOf(programs)) (found ??= []).Add(sc);
        }

        // Two statements: in one conditional the empty collection would take found's type, a new List per call.
        if (found is null) return [];
        return found;
    }

    /// <summary>Every package-manager command across all RUNs.</summary>
    public ReadOnlyItems<PackageOperation> Packages => _packages ??= Concat(r => r.Packages);

    /// <summary>Every download across all RUNs.</summary>
    public ReadOnlyItems<Download> Downloads => _downloads ??= Concat(r => r.Downloads);

    /// <summary>Every permission change: <c>COPY/ADD --chmod</c> and the chmod/install/mkdir/umask of every RUN.</summary>
    public IEnumerable<ModeChange> ModeChanges => _modeChanges ??= ComputeModeChanges();

    private ReadOnlyItems<ModeChange> ComputeModeChanges()
    {
        List<ModeChange>? all = null;
        foreach (var i in Document.AllInstructions())
        {
            if (i.Kind is not (InstructionKind.Copy or InstructionKind.Add) || i.GetFlag("chmod") is not { Value: { } value } flag) continue;
            (all ??= []).Add(new ModeChange(i.Name + " --chmod", FileMode.Parse(value), flag.ValueSpan ?? flag.Span, null, [], false));
        }

        foreach (var run in Runs)
        {
            foreach (var change in run.ModeChanges) (all ??= []).Add(change);
        }

        return all is null ? ReadOnlyItems<ModeChange>.Empty : new(all);
    }

    /// <summary>Every user and group created across all RUNs.</summary>
    public ReadOnlyItems<AccountChange> Accounts => _accounts ??= Concat(r => r.Accounts);

    /// <summary>One list of every RUN's items, made once per file for the rules that ask (empty without allocating when there are none).</summary>
    private ReadOnlyItems<T> Concat<T>(Func<RunFacts, ReadOnlyItems<T>> items)
    {
        List<T>? all = null;
        foreach (var run in Runs)
        {
            foreach (var item in items(run)) (all ??= []).Add(item);
        }

        return all is null ? ReadOnlyItems<T>.Empty : new(all);
    }

    /// <summary>Variable assignments of ENV and ARG (ONBUILD ones included) and of every RUN.</summary>
    public IReadOnlyList<Assignment> Assignments => _assignments ??= ComputeAssignments();

    /// <summary>The local (not <c>--from</c>, not URL, not heredoc) sources of every ADD/COPY, expanded, per stage.</summary>
    public IReadOnlyList<CopySource> LocalSources => _localSources ??= ComputeLocalSources();

    /// <summary>
    /// The local COPY/ADD sources of the built image's stages that copy secret-looking files of the build context: <c>.</c>,
    /// folders and wildcards, with <c>COPY --exclude</c> applied (a source naming one secret file is SecretFileAddedToImage's).
    /// Empty without a build context on disk; the context is listed only when this is asked for and a stage copies from it.
    /// </summary>
    public IReadOnlyList<ShippedSecrets> ShippedSecrets => _shipped ??= ComputeShippedSecrets();

    /// <summary>True when an EXPOSE of the built image holds a variable that is not resolved here.</summary>
    public bool FinalExposesUnresolved
    {
        get
        {
            _ = ExposedPorts;
            return Final is { } final && _unresolvedExposeStages!.Overlaps(final.Chain);
        }
    }

    /// <summary>Every EXPOSE value of every stage, expanded (values with unresolved variables are left out).</summary>
    public ReadOnlyItems<ExposedPort> ExposedPorts => _ports ??= new(ComputePorts());

    /// <summary>The ports the built image exposes: EXPOSE in the final stage and the stages it is built on.</summary>
    public ReadOnlyItems<ExposedPort> ExposedByFinal => _exposedByFinal ??= ComputeExposedByFinal();

    private ReadOnlyItems<ExposedPort> ComputeExposedByFinal()
    {
        if (Final is not { } final) return ReadOnlyItems<ExposedPort>.Empty;
        List<ExposedPort>? ports = null;
        foreach (var p in ExposedPorts)
        {
            if (final.Ships(p.Stage)) (ports ??= []).Add(p);
        }

        return ports is null ? ReadOnlyItems<ExposedPort>.Empty : new(ports);
    }

    /// <summary>Every CMD and ENTRYPOINT of every stage.</summary>
    public IReadOnlyList<StartCommand> StartCommands => _startCommands ??= ComputeStartCommands();

    /// <summary>The built stage, its FROM chain and who it runs as; null when the file has no stage.</summary>
    public FinalImage? Final
    {
        get
        {
            if (!_finalComputed)
            {
                _final = ComputeFinal();
                _finalComputed = true;
            }

            return _final;
        }
    }

    private static RunFacts Analyze(Stage stage, Instruction run, Instruction anchor, RunShell shell)
    {
        var scripts = RunScripts.For(run, shell);
        if (WindowsRuns.For(run, shell) is not { } windows) return new RunFacts(run, anchor, stage, shell, scripts);
        return new RunFacts(run, anchor, stage, shell, [.. scripts, WindowsRuns.Commands(run, shell, windows)], windows);
    }

    private List<Assignment> ComputeAssignments()
    {
        var result = new List<Assignment>();
        foreach (var i in Document.AllInstructions())
        {
            if (i.Kind is not (InstructionKind.Env or InstructionKind.Arg)) continue;
            var origin = i.Kind == InstructionKind.Env ? AssignmentOrigin.Env : AssignmentOrigin.Arg;
            foreach (var kv in i.KeyValues)
            {
                if (kv.Value is { } v) result.Add(new Assignment(kv.Key, v.Trim().Trim('"', '\''), kv.Span, origin));
            }
        }

        foreach (var run in Runs) result.AddRange(run.Assignments);
        return result;
    }

    private List<CopySource> ComputeLocalSources()
    {
        var result = new List<CopySource>();
        foreach (var stage in Graph.Stages)
        {
            foreach (var i in stage.Instructions)
            {
                if (i.Kind is not (InstructionKind.Add or InstructionKind.Copy) || i.GetFlag("from") is not null || i.Arguments.Count < 2) continue;
                var scope = Graph.ScopeAt(i);
                var dest = scope.Expand(i.Arguments[^1]).Value;
                for (var n = 0; n < i.Arguments.Count - 1; n++)
                {
                    var a = i.Arguments[n];
                    if (a.Value.StartsWith("<<", StringComparison.Ordinal)) continue;
                    var v = scope.Expand(a);
                    if (!v.IsFullyResolved || SourcePaths.IsRemoteUrl(v.Value) || SourcePaths.IsGitUrl(v.Value)) continue;
                    var source = new CopySource(i, a, v.Value, dest, stage);
                    result.Add(SecretPaths.IsSecretPath(v.Value) ? source with { RemovedOnLine = FindRemoval(source), IsImportedAsPublicKey = ImportedAsKey(source) } : source);
                }
            }
        }

        return result;
    }

    private List<ShippedSecrets> ComputeShippedSecrets()
    {
        var result = new List<ShippedSecrets>();
        if (Document.BuildContext is not { } context || Final is not { } final) return result;
        var sources = LocalSources.Where(s => final.Chain.Contains(s.Stage)).ToArray();
        if (sources.Length == 0) return result;
        var listing = context.Listing;
        if (listing.Secrets.Count == 0) return result;
        foreach (var source in sources)
        {
            var excludes = source.Instruction.GetFlags("exclude").Select(f => f.Value).OfType<string>().ToArray();
            var exclude = excludes.Length == 0 ? DockerIgnore.Empty : DockerIgnore.Parse(string.Join('\n', excludes));
            var shipped = listing.Secrets.Where(s => CopiedBy(source.Value, s, exclude)).ToArray();
            if (shipped.Length > 0) result.Add(new ShippedSecrets(source, shipped, listing.StoppedBecause));
        }

        return result;
    }

    /// <summary>
    /// True when a COPY/ADD source (relative to the context; a leading <c>/</c> too) takes <paramref name="secret"/>: the
    /// context root, a folder holding it, or a wildcard matching it or a folder holding it; <c>--exclude</c> patterns apply
    /// to its path below what the source names.
    /// </summary>
    private static bool CopiedBy(string value, ContextSecret secret, DockerIgnore exclude)
    {
        var source = GoPath.Clean(value).TrimStart('/');
        if (source.Length == 0) source = ".";
        if (source == ".." || source.StartsWith("../", StringComparison.Ordinal)) return false;
        string below;
        if (source == ".")
        {
            below = secret.Path;
        }
        else if (source.AsSpan().IndexOfAny('*', '?', '[') >= 0)
        {
            // The wildcard names entries at its depth; what is under a matched folder comes along.
            var depth = source.Count(c => c == '/') + 1;
            var parts = secret.Path.Split('/');
            if (parts.Length < depth || !SourcePaths.GlobMatch(source, string.Join('/', parts[..depth]))) return false;
            var root = source.LastIndexOf('/', source.AsSpan().IndexOfAny('*', '?', '['));
            below = root < 0 ? secret.Path : secret.Path[(root + 1)..];
        }
        else if (secret.Path == source)
        {
            // One named file is SecretFileAddedToImage's finding; a named secret folder (.git) is this one's.
            if (!secret.IsFolder) return false;
            below = secret.Path;
        }
        else if (secret.Path.StartsWith(source + "/", StringComparison.Ordinal))
        {
            below = secret.Path[(source.Length + 1)..];
        }
        else
        {
            return false;
        }

        return exclude.Patterns.Count == 0 || !exclude.Excludes(below);
    }

    /// <summary>True when a later RUN of the stage hands the copied file to a key import (it is a public signing key).</summary>
    private bool ImportedAsKey(CopySource source)
    {
        var name = SourcePaths.BaseName(source.Value);
        var target = source.Destination.EndsWith('/') ? name : SourcePaths.BaseName(source.Destination);
        foreach (var run in Runs)
        {
            if (!ReferenceEquals(run.Stage, source.Stage) || run.Anchor.Index <= source.Instruction.Index) continue;
            foreach (var sc in run.Commands)
            {
                var c = sc.Command;
                var imports = (c.Is("gpg", "gpg2") && c.HasFlag("--import", "--dearmor", "--enarmor"))
                    || (c.Is("apt-key") && c.HasSubcommand("add")) || (c.Is("rpm") && c.HasFlag("--import"))
                    || (c.Is("rpmkeys") && c.HasFlag("--import"));
                if (imports && c.Arguments.Any(w => SourcePaths.BaseName(w.Value) == target || SourcePaths.BaseName(w.Value) == name)) return true;
                if (c.Redirections.Any(r => r.Operator == "<" && r.Target is { } t && SourcePaths.BaseName(t.Value) == target) && c.Is("gpg", "gpg2", "apt-key")) return true;
            }

            if (run.RawText.Contains("signed-by=", StringComparison.Ordinal) && run.RawText.Contains(target, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>The line of the first later RUN in the stage that removes the copied file (or a folder holding it), or null.</summary>
    private int? FindRemoval(CopySource source)
    {
        var name = SourcePaths.BaseName(source.Value);
        var dest = source.Destination.Replace('\\', '/');
        var candidates = new List<string> { dest.TrimEnd('/') + "/" + name };
        if (!dest.EndsWith('/')) candidates.Add(dest);

        foreach (var run in Runs)
        {
            if (run.IsOnBuild || !ReferenceEquals(run.Stage, source.Stage) || run.Anchor.Index <= source.Instruction.Index) continue;
            foreach (var rm in run.CommandsOf(Removers))
            {
                foreach (var arg in rm.Command.GetPositionalArguments())
                {
                    var target = arg.Value.TrimEnd('/');
                    if (target.Length == 0) continue;
                    var hit = candidates.Any(c => c == target || c.StartsWith(target + "/", StringComparison.Ordinal) || SourcePaths.GlobMatch(target, c))
                        || (!target.Contains('/', StringComparison.Ordinal) && !target.Contains('*', StringComparison.Ordinal) && target == name);
                    if (hit) return run.Instruction.StartLine;
                }
            }
        }

        return null;
    }

    private List<ExposedPort> ComputePorts()
    {
        var result = new List<ExposedPort>();
        _unresolvedExposeStages = [];
        foreach (var stage in Graph.Stages)
        {
            foreach (var expose in stage.OfKind(InstructionKind.Expose))
            {
                var scope = Graph.ScopeAt(expose);
                foreach (var argument in expose.Arguments)
                {
                    var word = scope.Expand(argument);
                    if (!word.IsFullyResolved) _unresolvedExposeStages.Add(stage);
                    if (!word.IsFullyResolved || word.Value.Length == 0) continue;
                    foreach (var value in word.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        result.Add(new ExposedPort(expose, argument, stage, PortSpec.Parse(value)));
                    }
                }
            }
        }

        return result;
    }

    private List<StartCommand> ComputeStartCommands()
    {
        var result = new List<StartCommand>();
        foreach (var stage in Graph.Stages)
        {
            foreach (var i in stage.Instructions)
            {
                if (i.Kind is not (InstructionKind.Cmd or InstructionKind.Entrypoint)) continue;
                var script = !i.IsJsonForm && RunScripts.ShellAt(stage, i.Index).IsPosix ? ShellScript.Parse(i.Rest) : null;
                result.Add(new StartCommand(i, stage, script));
            }
        }

        return result;
    }

    private FinalImage? ComputeFinal()
    {
        if (Graph.Final is not { } final) return null;
        var chain = final.SelfAndBaseStages().ToArray();
        return new FinalImage(final, chain, RunsAs(chain), PurposeOf(final, chain), RunScripts.IsWindowsImage(final), StepsDown(chain));
    }

    /// <summary>The last USER along the chain; without one, the base image's default user.</summary>
    private static readonly string[] Interactive =
    [
        "sh", "bash", "ash", "dash", "zsh", "fish", "pwsh", "powershell", "cmd", "python", "python2", "python3", "pypy", "pypy3", "node", "irb",
        "jshell", "julia", "ghci", "iex", "erl", "R", "scala", "groovysh", "php", "ruby", "perl", "lua", "swift", "mvn", "gradle",
    ];

    private static readonly string[] DevelopmentStages = ["dev", "develop", "development", "debug", "test", "tests", "devcontainer", "dev-env", "dev-envs", "devenv"];

    private static readonly string[] Launchers = ["gosu", "su-exec", "setpriv", "runuser", "s6-setuidgid", "chpst"];

    /// <summary>True when a RUN of the chain installs or runs a privilege-dropping launcher, or a start command uses one.</summary>
    private bool StepsDown(Stage[] chain)
    {
        foreach (var run in Runs)
        {
            if (!chain.Contains(run.Stage)) continue;
            if (run.Runs(Launchers) || run.Packages.Any(p => p.Packages.Any(x => Array.IndexOf(Launchers, x.Name) >= 0))) return true;
            if (run.RawText.Contains("/gosu", StringComparison.Ordinal) || run.RawText.Contains("/su-exec", StringComparison.Ordinal)) return true;
        }

        return StartCommands.Any(c => chain.Contains(c.Stage) && Launchers.Any(l => c.Instruction.Rest.Contains(l, StringComparison.Ordinal)));
    }

    private ImagePurpose PurposeOf(Stage final, Stage[] chain)
    {
        if (IsDevelopment(final)) return ImagePurpose.Development;
        if (!chain[^1].IsScratch) return IsToolchainBase(chain) ? ImagePurpose.ToolchainBase : ImagePurpose.Runtime;
        foreach (var stage in chain)
        {
            foreach (var i in stage.Instructions)
            {
                if (i.Kind != InstructionKind.Add || i.Arguments.Count != 2 || i.GetFlag("from") is not null) continue;
                var scope = Graph.ScopeAt(i);
                var source = scope.Expand(i.Arguments[0]).Value;
                var destination = scope.Expand(i.Arguments[1]).Value;
                if (destination == "/" && RootFilesystem(source)) return ImagePurpose.OperatingSystemBase;
            }
        }

        return chain.Any(s => s.OfKind(InstructionKind.Cmd).Count > 0 || s.OfKind(InstructionKind.Entrypoint).Count > 0) ? ImagePurpose.Runtime : ImagePurpose.Artifact;
    }

    private bool IsDevelopment(Stage final)
    {
        if (final.Name is { } name && Array.IndexOf(DevelopmentStages, name.ToLowerInvariant()) >= 0) return true;
        var path = Document.Path.Replace('\\', '/');
        var file = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return path.Contains("/.devcontainer/", StringComparison.Ordinal) || path.StartsWith(".devcontainer/", StringComparison.Ordinal)
            || file.EndsWith(".develop", StringComparison.Ordinal) || file is "dev.dockerfile" or "dockerfile.dev" or "dockerfile.develop" or "dockerfile.debug"
            || file.EndsWith(".dev.dockerfile", StringComparison.Ordinal) || (file.StartsWith("dev.", StringComparison.Ordinal) && file.EndsWith(".dockerfile", StringComparison.Ordinal))
            || file == ".gitpod.dockerfile";
    }

    /// <summary>
    /// No ENTRYPOINT along the chain, and either the last CMD is an interactive program with at most option flags, or there
    /// is no CMD and nothing is copied in (no COPY or ADD: an image of installed tools, not of an application).
    /// </summary>
    private static bool IsToolchainBase(Stage[] chain)
    {
        // Loops: asked once per file, of every file.
        Instruction? cmd = null;
        foreach (var s in chain)
        {
            if (s.OfKind(InstructionKind.Entrypoint).Count > 0) return false;
            if (cmd is null && s.OfKind(InstructionKind.Cmd) is { Count: > 0 } c) cmd = c[^1];
        }

        if (cmd is null)
        {
            foreach (var s in chain)
            {
                foreach (var i in s.Instructions)
                {
                    if (i.Kind is InstructionKind.Copy or InstructionKind.Add) return false;
                }
            }

            return true;
        }

        var words = cmd.IsJsonForm ? cmd.Arguments.Select(a => a.Value).ToArray() : cmd.Rest.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return true;
        var program = RunShell.ProgramBase(words[0]);
        if (program.Length > 1 && program[^1] is >= '0' and <= '9' && program.Contains('.', StringComparison.Ordinal)) program = program.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.');
        return Array.IndexOf(Interactive, program) >= 0 && words.Skip(1).All(w => w.StartsWith('-') && w is not ("-c" or "-e" or "-m" or "-jar" or "--command" or "-Command" or "-File" or "/c" or "/C"));
    }

    private static bool RootFilesystem(string source)
    {
        var name = SourcePaths.BaseName(source).ToLowerInvariant();
        return !SourcePaths.IsRemoteUrl(source) && (name.Contains(".tar", StringComparison.Ordinal) || name.EndsWith(".tgz", StringComparison.Ordinal) || name.EndsWith(".txz", StringComparison.Ordinal));
    }

    private FinalUser RunsAs(Stage[] chain)
    {
        foreach (var stage in chain)
        {
            var users = stage.OfKind(InstructionKind.User);
            if (users.Count == 0) continue;
            var user = users[^1];
            if (user.Arguments.Count == 0) return new FinalUser(UserKind.Unknown, null, user.Span, user, null);
            var word = Graph.ScopeAt(user).Expand(user.Arguments[0]);
            var kind = word.IsFullyResolved ? new UserSpec(word.Value).Kind : UserKind.Unknown;
            return new FinalUser(kind, word.Value, user.Arguments[0].Span, user, null);
        }

        var root = chain[^1];
        var span = chain[0].BaseImage.Span;
        if (root.IsScratch) return new FinalUser(UserKind.Root, null, span, null, new ImageUserDefault(DefaultUser.Root, "scratch has no user database: the process runs as UID 0"));
        if (!root.BaseImage.IsFullyResolved || root.Image is not { } image) return new FinalUser(UserKind.Unknown, null, span, null, null);
        var defaults = ImageDefaults.UserOf(image);
        return new FinalUser(defaults.User == DefaultUser.Root ? UserKind.Root : UserKind.Unknown, null, span, null, defaults);
    }
}
