namespace ContainerLint.Core.DotNetSdk;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.DotNetSdk.Rules;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Text;

/// <summary>
/// The CL4xxx front end over .NET SDK container publishing properties. With a
/// <see cref="SdkContainerLayout"/> (built by the MSBuild task from evaluated values) it reports
/// at the file and line where each setting is effectively defined; without one (the CLI linting
/// a project file) it reads the literal values written in the file itself.
/// </summary>
public static class SdkContainerFrontEnd
{
    public static IReadOnlyList<Rule<SdkContainerDocument>> Rules => BuiltInRules.DotNetSdk;

    /// <summary>The front end for project files linted on their own (literal values).</summary>
    public static FrontEnd Static { get; } = new FrontEnd<SdkContainerDocument>(FileKind.MSBuild, ParseStatic, Rules) { Facts = ImageFacts };

    /// <summary>The front end for one evaluated project (the MSBuild task).</summary>
    public static FrontEnd ForProject(SdkContainerLayout layout) =>
        new FrontEnd<SdkContainerDocument>(FileKind.MSBuild, input => ParseEvaluated(input, layout), Rules);

    /// <summary>A project names no image but its <c>ContainerBaseImage</c> (for <c>containerlint images</c>).</summary>
    private static CrossFile.FileFacts? ImageFacts(SdkContainerDocument document, LintInput input, RuleContext context) =>
        input.CollectImages ? new CrossFile.ImageOnlyFacts(input.Path, input.FullPath) { Images = Images.ImageInventory.Of(document) } : null;

    private static ParsedDocument<SdkContainerDocument> ParseEvaluated(LintInput input, SdkContainerLayout layout)
    {
        var path = input.FullPath ?? input.Path;
        var document = layout.Find(path);
        var diagnostics = layout.DiagnosticsFor(path);
        if (document is null) return new ParsedDocument<SdkContainerDocument>(null, diagnostics, []) { Skipped = diagnostics.Count == 0 };
        return new ParsedDocument<SdkContainerDocument>(document with { FilePath = input.Path }, diagnostics, []);
    }

    internal static ParsedDocument<SdkContainerDocument> ParseStatic(LintInput input) => ParseStatic(input.Path, input.Text, input.DirectoryBuildFiles);

    internal static ParsedDocument<SdkContainerDocument> ParseStatic(string path, SourceText text) => ParseStatic(path, text, default);

    /// <summary>
    /// The literal container settings of one file. For a project file, the literal values of the Directory.Build.props
    /// MSBuild imports before it and the Directory.Build.targets after it count as project-wide values (a ContainerUser
    /// set there is set for the project), but findings are reported only at places in the file itself.
    /// </summary>
    internal static ParsedDocument<SdkContainerDocument> ParseStatic(string path, SourceText text, (string? Props, string? Targets) directoryBuildFiles)
    {
        var scan = ProjectXmlReader.Read(text);
        var properties = LiteralProperties(scan);
        var items = scan.Items
            .SelectMany(i => i.Include.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(inc => i with { Include = inc }))
            .Where(i => !i.Include.Contains("$(", StringComparison.Ordinal))
            .ToArray();
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in new[] { Imported(directoryBuildFiles.Props), properties, Imported(directoryBuildFiles.Targets) })
        {
            foreach (var p in source) all[p.Name] = p.Value;
        }

        var document = new SdkContainerDocument(path, properties, items, all);
        return new ParsedDocument<SdkContainerDocument>(document, scan.Diagnostics, []);
    }

    /// <summary>The last literal value of each recorded property; without evaluation a value built from other properties is unknown, so it is left out rather than guessed.</summary>
    private static SdkProperty[] LiteralProperties(ProjectXmlScan scan) => scan.Properties
        .Where(p => p.Value.Length > 0 && !p.Value.Contains("$(", StringComparison.Ordinal))
        .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .Select(g => g.Last())
        .OrderBy(p => p.Span)
        .ToArray();

    private static SdkProperty[] Imported(string? text) => text is null ? [] : LiteralProperties(ProjectXmlReader.Read(new SourceText(text)));
}
