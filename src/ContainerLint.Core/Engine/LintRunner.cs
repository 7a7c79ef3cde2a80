namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Text;

/// <summary>A file to lint: where it is, how to show its path, and its kind if the caller knows it.</summary>
/// <param name="FullPath">Path on disk; null for stdin (then <see cref="Content"/> is set).</param>
/// <param name="DisplayPath">Relative path with '/' separators, as shown in every output.</param>
/// <param name="Kind">Known kind, or null to classify by name and content.</param>
/// <param name="ExplicitlyGiven">Named on the command line (not found by walking), so YAML with a top-level services: map counts as Compose.</param>
public sealed record LintTarget(string? FullPath, string DisplayPath, FileKind? Kind = null, bool ExplicitlyGiven = false)
{
    /// <summary>Content for stdin input.</summary>
    public byte[]? Content { get; init; }
}

/// <summary>Receives each linted file's findings (sorted with <see cref="FindingOrder"/>) by target index; called from worker threads.</summary>
public interface IFindingSink
{
    void Add(int index, IReadOnlyList<Finding> findings);
}

/// <summary>A linted file without its findings: what a report lists.</summary>
public sealed record LintedFile(string Path, FileKind Kind, bool Skipped)
{
    /// <summary>See <see cref="FileResult.Unrecognized"/>.</summary>
    public bool Unrecognized { get; init; }

    /// <summary>See <see cref="FileResult.SkipNote"/>.</summary>
    public string? SkipNote { get; init; }

    public static LintedFile Of(FileResult result) =>
        new(result.Path, result.Kind, result.Skipped) { Unrecognized = result.Unrecognized, SkipNote = result.SkipNote };
}

/// <summary>The outcome of a streamed run: every target's file (in target order) and the cross-file pass's changes to their spooled findings.</summary>
public sealed record StreamedRun(IReadOnlyList<LintedFile> Files, CrossFile.CrossFileOutcome CrossFile);

/// <summary>
/// Reads, decodes, classifies and lints files in parallel, one <see cref="FileResult"/> per file
/// (ASTs are dropped as soon as a file is done). The CLI's run hands each file's findings to an
/// <see cref="IFindingSink"/> at once, so memory stays flat as the number of files grows; the
/// list-returning run keeps them (project-sized inputs, tests). Every failure of one file becomes
/// a CL0xxx finding for that file; the others are still linted.
/// </summary>
public sealed class LintRunner
{
    private readonly LintEngine _engine;
    private readonly Func<string?, LintConfiguration> _configurationFor;
    private readonly Kubernetes.KustomizePatches _kustomizePatches = new();
    private readonly Dockerfile.Context.BuildContexts _contexts = new();

    /// <summary>The build contexts the run's Dockerfiles use (listed only when a rule asks; see <see cref="Dockerfile.Context.BuildContexts.ListedState"/>).</summary>
    public Dockerfile.Context.BuildContexts Contexts => _contexts;

    /// <summary>Set by <c>containerlint images</c>: each file's facts carry its image uses (<see cref="LintInput.CollectImages"/>).</summary>
    public bool CollectImages { get; init; }

    /// <param name="engine">The engine.</param>
    /// <param name="configurationFor">The effective configuration for a file's full path (null for stdin).</param>
    public LintRunner(LintEngine engine, Func<string?, LintConfiguration> configurationFor)
    {
        _engine = engine;
        _configurationFor = configurationFor;
    }

    /// <summary>
    /// Lints every target, then runs the cross-file pass over the files' facts; results come back
    /// in the order of <paramref name="targets"/>.
    /// </summary>
    public IReadOnlyList<FileResult> Run(IReadOnlyList<LintTarget> targets, int maxDegreeOfParallelism = -1)
    {
        var results = new FileResult[targets.Count];
        if (targets.Count <= 1 || maxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < targets.Count; i++) results[i] = LintOne(targets[i]);
        }
        else
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism };
            Parallel.For(0, targets.Count, options, i => results[i] = LintOne(targets[i]));
        }

        // Only the small facts records of each file reach this pass; the ASTs are long gone.
        return CrossFile.CrossFileAnalyzer.Apply(results, _engine);
    }

    /// <summary>
    /// Lints every target like <see cref="Run(IReadOnlyList{LintTarget}, int)"/>, but hands each file's
    /// findings to <paramref name="sink"/> as soon as the file is done (from worker threads, in any
    /// order, keyed by target index) and keeps only what the cross-file pass needs, so memory does
    /// not grow with the number of findings.
    /// </summary>
    public StreamedRun Run(IReadOnlyList<LintTarget> targets, IFindingSink sink, int maxDegreeOfParallelism = -1) =>
        Run(targets, sink, [], maxDegreeOfParallelism);

    /// <summary>
    /// As <see cref="Run(IReadOnlyList{LintTarget}, IFindingSink, int)"/>, and the cross-file pass also sees the facts of
    /// <paramref name="context"/>: other files of the repository, parsed for their facts only (no rule runs on them and
    /// nothing is reported about them), so a manifest linted on its own is still joined with the Dockerfile it runs.
    /// </summary>
    public StreamedRun Run(IReadOnlyList<LintTarget> targets, IFindingSink sink, IReadOnlyList<LintTarget> context, int maxDegreeOfParallelism = -1)
    {
        var results = new FileResult[targets.Count + context.Count];
        void LintInto(int i)
        {
            if (i >= targets.Count)
            {
                results[i] = FactsOf(context[i - targets.Count]);
                return;
            }

            var result = LintOne(targets[i]);
            sink.Add(i, result.Findings);
            results[i] = result with { Findings = [] };
        }

        if (results.Length <= 1 || maxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < results.Length; i++) LintInto(i);
        }
        else
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism };
            Parallel.For(0, results.Length, options, LintInto);
        }

        // Findings the pass adds to context files (indexes past the targets) are never read: only targets are reported.
        var crossFile = CrossFile.CrossFileAnalyzer.Analyze(results, _engine);
        return new StreamedRun(results.Take(targets.Count).Select(LintedFile.Of).ToList(), crossFile);
    }

    /// <summary>A context file's facts; a file that cannot be read, decoded or classified simply has none.</summary>
    private FileResult FactsOf(LintTarget target)
    {
        var none = new FileResult(target.DisplayPath, FileKind.Kubernetes, []) { Skipped = true };
        try
        {
            var configuration = _configurationFor(target.FullPath);
            var text = SourceDecoder.Decode(target.Content ?? SafeFileReader.ReadAllBytes(target.FullPath!), out _, out _);
            if (text is null) return none;
            var kind = target.Kind ?? FileClassifier.FromName(target.DisplayPath, out _);
            // Of a manifest the joins need only its NetworkPolicies (a container's Dockerfile is found from the container's
            // side); a manifest without one is not even parsed, which keeps the context cheap in manifest-heavy repositories.
            if (kind is null && !text.Contains("NetworkPolicy", StringComparison.Ordinal)) return none;
            kind ??= FileClassifier.FromContent(text, explicitlyGiven: false);
            if (kind is not { } fileKind || !_engine.Supports(fileKind)) return none;
            return _engine.Facts(Input(target, fileKind, text), fileKind, configuration);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or ConfigurationException)
        {
            return none;
        }
    }

    public FileResult LintOne(LintTarget target)
    {
        var configuration = _configurationFor(target.FullPath);
        byte[] bytes;
        try
        {
            bytes = target.Content ?? SafeFileReader.ReadAllBytes(target.FullPath!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            var kind = target.Kind ?? FileClassifier.FromName(target.DisplayPath, out _) ?? FileKind.Kubernetes;
            return Diagnostic(target, kind, configuration, DiagnosticIds.FileUnreadable, ex is UnauthorizedAccessException ? "permission denied" : ex.Message.TrimEnd('.'));
        }

        var text = SourceDecoder.Decode(bytes, out var problem, out var binary);
        var manifestCandidate = false;
        var nameKind = target.Kind ?? FileClassifier.FromName(target.DisplayPath, out manifestCandidate);
        if (text is null)
        {
            // Binary data under a manifest-like name is reported only when it was named explicitly or looks like ours by name.
            if (nameKind is null && !target.ExplicitlyGiven) return new FileResult(target.DisplayPath, FileKind.Kubernetes, []) { Skipped = true };
            return Diagnostic(target, nameKind ?? FileKind.Kubernetes, configuration, DiagnosticIds.BinaryContent, problem!);
        }

        var kindOrNull = nameKind ?? FileClassifier.FromContent(text, target.ExplicitlyGiven);
        // A file named on the command line is linted whatever its name, when its content says what it is.
        if (kindOrNull is null && target.ExplicitlyGiven && !manifestCandidate) kindOrNull = FileClassifier.FromLeadingText(text);
        if (kindOrNull is not { } fileKind || !_engine.Supports(fileKind))
        {
            return new FileResult(target.DisplayPath, kindOrNull ?? FileKind.Kubernetes, [])
            {
                Skipped = true,
                Unrecognized = target.ExplicitlyGiven && kindOrNull is null && !manifestCandidate,
                SkipNote = target.ExplicitlyGiven && kindOrNull is null && manifestCandidate
                    ? "skipped: neither a Kubernetes object (no apiVersion and kind) nor a Compose file (no services); use --kind to lint it as one"
                    : null,
            };
        }

        var result = _engine.Lint(Input(target, fileKind, text), fileKind, configuration);
        if (problem is not null && !binary)
        {
            var extra = Diagnostic(target, fileKind, configuration, DiagnosticIds.InvalidEncoding, problem);
            var merged = result.Findings.Concat(extra.Findings).ToList();
            merged.Sort(FindingOrder.Instance);
            result = result with { Findings = merged };
        }

        return result;
    }

    private FileResult Diagnostic(LintTarget target, FileKind kind, LintConfiguration configuration, string ruleId, string detail)
    {
        var meta = _engine.Catalog.Get(ruleId);
        var severity = RuleSelection.EffectiveSeverity(meta, configuration);
        if (severity == Severity.None) return new FileResult(target.DisplayPath, kind, []);
        var finding = new Finding
        {
            RuleId = ruleId,
            Severity = severity,
            Message = meta.FormatMessage(MessageArguments.Shown([detail], configuration.SecretNamePatterns)),
            File = target.DisplayPath,
            Span = SourceSpan.FileStart,
        };
        return new FileResult(target.DisplayPath, kind, [finding]);
    }

    /// <summary>The engine's input for a decoded file, with what its front end reads beside it (.dockerignore, Directory.Build.*).</summary>
    private LintInput Input(LintTarget target, FileKind kind, string text)
    {
        var dockerIgnore = kind == FileKind.Dockerfile ? ReadDockerIgnore(target.FullPath) : null;
        return new(target.DisplayPath, new SourceText(text))
        {
            FullPath = target.FullPath,
            DockerIgnore = dockerIgnore,
            // The Dockerfile's folder, listed only if a rule asks, once per folder and .dockerignore.
            BuildContext = kind == FileKind.Dockerfile && target.FullPath is { } path ? _contexts.For(path, dockerIgnore) : null,
            IsKustomizePatch = kind == FileKind.Kubernetes && _kustomizePatches.IsPatch(target.FullPath),
            CollectImages = CollectImages,
            DirectoryBuildFiles = kind == FileKind.MSBuild && target.FullPath is { } project && FileClassifier.IsProjectFileName(project)
                ? (ReadFileAbove(project, "Directory.Build.props"), ReadFileAbove(project, "Directory.Build.targets"))
                : default,
        };
    }

    /// <summary>The nearest file of this name in the project's folder or above (what MSBuild imports), or null.</summary>
    private static string? ReadFileAbove(string projectPath, string name)
    {
        try
        {
            for (var dir = Path.GetDirectoryName(Path.GetFullPath(projectPath)); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return SafeFileReader.ReadAllText(candidate);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable props file only means fewer project-wide values are known.
        }

        return null;
    }

    /// <summary>The .dockerignore files BuildKit reads for a Dockerfile, in order: <c>&lt;Dockerfile&gt;.dockerignore</c>, then <c>.dockerignore</c> in the context (assumed to be the Dockerfile's folder).</summary>
    public static IReadOnlyList<string> DockerIgnoreCandidates(string dockerfilePath)
    {
        var full = Path.GetFullPath(dockerfilePath);
        var dir = Path.GetDirectoryName(full);
        return dir is null ? [full + ".dockerignore"] : [full + ".dockerignore", Path.Combine(dir, ".dockerignore")];
    }

    /// <summary>The first of <see cref="DockerIgnoreCandidates"/> that exists, or null.</summary>
    public static string? ReadDockerIgnore(string? dockerfilePath)
    {
        if (dockerfilePath is null) return null;
        try
        {
            var found = DockerIgnoreCandidates(dockerfilePath).FirstOrDefault(File.Exists);
            return found is null ? null : SafeFileReader.ReadAllText(found);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
