namespace ContainerLint.Core.Tests.CrossFile;

using System.Text;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>Lints a set of in-memory files through <see cref="LintRunner"/>, so the cross-file pass runs as in the CLI and the MSBuild task.</summary>
internal static class SetLint
{
    private static readonly LintEngine Engine = LintEngine.CreateDefault();

    public static IReadOnlyList<FileResult> Run(string policy, params (string Path, string Text)[] files)
    {
        var configuration = LintConfiguration.Default with { Policy = policy };
        var runner = new LintRunner(Engine, _ => configuration);
        var targets = files.Select(f => new LintTarget(null, f.Path, ExplicitlyGiven: true) { Content = Encoding.UTF8.GetBytes(f.Text) }).ToList();
        return runner.Run(targets);
    }

    public static IReadOnlyList<FileResult> Run(params (string Path, string Text)[] files) => Run(Policies.Recommended, files);

    /// <summary>The findings of <paramref name="path"/>.</summary>
    public static IReadOnlyList<Finding> In(this IReadOnlyList<FileResult> results, string path) =>
        results.Single(r => r.Path == path).Findings;

    public static string Describe(this IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => f.File + " " + f.RuleId + f.Span + " " + f.Message));
}
