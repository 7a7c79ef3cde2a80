namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;

/// <summary>
/// Every file whose content or mere existence can change what linting a set of files reports, beyond the files
/// themselves: the configuration files that apply (and the places one could appear nearer), each
/// <c>.editorconfig</c> up to the root one, and a Dockerfile's <c>.dockerignore</c> files. The MSBuild task lists them
/// after each lint so the next build reruns the lint when one changes, appears or disappears, instead of replaying
/// stale findings.
/// </summary>
public static class LintReads
{
    /// <summary>The paths (present or not), distinct and sorted.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> lintedFiles, ConfigurationResolver configuration, EditorConfigResolver? editorConfig)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in lintedFiles)
        {
            var full = Path.GetFullPath(file);
            paths.UnionWith(configuration.ProbedPaths(full));
            if (editorConfig is not null) paths.UnionWith(editorConfig.ProbedPaths(full));
            if (FileClassifier.FromName(full, out _) == FileKind.Dockerfile) paths.UnionWith(LintRunner.DockerIgnoreCandidates(full));
        }

        return [.. paths];
    }
}
