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
public sealed record LintedFile(string Path, FileKind Kind, bool Skipped);

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
    private readonly Dockerfile.Context.BuildContexts _contexts = new();

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
    public StreamedRun Run(IReadOnlyList<LintTarget> targets, IFindingSink sink, int maxDegreeOfParallelism = -1)
    {
        var results = new FileResult[targets.Count];
        void LintInto(int i)
        {
            var result = LintOne(targets[i]);
            sink.Add(i, result.Findings);
            results[i] = result with { Findings = [] };
        }

        if (targets.Count <= 1 || maxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < targets.Count; i++) LintInto(i);
        }
        else
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism };
            Parallel.For(0, targets.Count, options, LintInto);
        }

        var crossFile = CrossFile.CrossFileAnalyzer.Analyze(results, _engine);
        return new StreamedRun(results.Select(r => new LintedFile(r.Path, r.Kind, r.Skipped)).ToList(), crossFile);
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
        var nameKind = target.Kind ?? FileClassifier.FromName(target.DisplayPath, out _);
        if (text is null)
        {
            // Binary data under a manifest-like name is reported only when it was named explicitly or looks like ours by name.
            if (nameKind is null && !target.ExplicitlyGiven) return new FileResult(target.DisplayPath, FileKind.Kubernetes, []) { Skipped = true };
            return Diagnostic(target, nameKind ?? FileKind.Kubernetes, configuration, DiagnosticIds.BinaryContent, problem!);
        }

        var kindOrNull = nameKind ?? FileClassifier.FromContent(text, target.ExplicitlyGiven);
        if (kindOrNull is not { } fileKind || !_engine.Supports(fileKind))
        {
            return new FileResult(target.DisplayPath, kindOrNull ?? FileKind.Kubernetes, []) { Skipped = true };
        }

        var dockerIgnore = fileKind == FileKind.Dockerfile ? ReadDockerIgnore(target.FullPath) : null;
        var input = new LintInput(target.DisplayPath, new SourceText(text))
        {
            FullPath = target.FullPath,
            DockerIgnore = dockerIgnore,
            // The Dockerfile's folder, listed only if a rule asks, once per folder and .dockerignore.
            BuildContext = fileKind == FileKind.Dockerfile && target.FullPath is { } path ? _contexts.For(path, dockerIgnore) : null,
        };
        var result = _engine.Lint(input, fileKind, configuration);
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
            Message = meta.FormatMessage([detail]),
            File = target.DisplayPath,
            Span = SourceSpan.FileStart,
        };
        return new FileResult(target.DisplayPath, kind, [finding]);
    }

    /// <summary>BuildKit reads <c>&lt;Dockerfile&gt;.dockerignore</c> first, then <c>.dockerignore</c> in the context (assumed to be the Dockerfile's folder).</summary>
    private static string? ReadDockerIgnore(string? dockerfilePath)
    {
        if (dockerfilePath is null) return null;
        try
        {
            var specific = dockerfilePath + ".dockerignore";
            if (File.Exists(specific)) return SafeFileReader.ReadAllText(specific);
            var dir = Path.GetDirectoryName(Path.GetFullPath(dockerfilePath));
            var general = dir is null ? null : Path.Combine(dir, ".dockerignore");
            return general is not null && File.Exists(general) ? SafeFileReader.ReadAllText(general) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
