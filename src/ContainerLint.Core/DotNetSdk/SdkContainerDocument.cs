namespace ContainerLint.Core.DotNetSdk;

using ContainerLint.Core.Model;

/// <summary>A container property (<c>ContainerBaseImage</c>, <c>ContainerUser</c>, …) and where it is set.</summary>
/// <param name="Name">The property name as written.</param>
/// <param name="Value">The evaluated value (from the MSBuild task) or the literal text (static mode).</param>
/// <param name="Span">The element in the project or imported file.</param>
public sealed record SdkProperty(string Name, string Value, SourceSpan Span);

/// <summary>A container item (<c>ContainerPort</c>, <c>ContainerEnvironmentVariable</c>, <c>ContainerLabel</c>) and where it is set.</summary>
public sealed record SdkItem(string ItemType, string Include, IReadOnlyDictionary<string, string> Metadata, SourceSpan Span)
{
    public string GetMetadata(string name) => Metadata.TryGetValue(name, out var v) ? v : "";
}

/// <summary>
/// What the CL4xxx rules see for one MSBuild file: the container properties and items whose
/// effective definition is in this file, plus the project-wide evaluated values, so a rule can
/// ask "is ContainerUser set anywhere" while reporting only at places in this file.
/// </summary>
public sealed record SdkContainerDocument(
    string FilePath,
    IReadOnlyList<SdkProperty> Properties,
    IReadOnlyList<SdkItem> Items,
    IReadOnlyDictionary<string, string> ProjectProperties)
{
    /// <summary>The property when it is set in this file, otherwise null.</summary>
    public SdkProperty? Find(string name) =>
        Properties.LastOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The project-wide value of a property (empty when unset anywhere).</summary>
    public string ProjectValue(string name) => ProjectProperties.TryGetValue(name, out var v) ? v : "";

    public IEnumerable<SdkItem> ItemsOf(string itemType) =>
        Items.Where(i => i.ItemType.Equals(itemType, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The names of the .NET SDK container properties and items ContainerLint reads.</summary>
public static class SdkContainerNames
{
    public const string BaseImage = "ContainerBaseImage";
    public const string Family = "ContainerFamily";
    public const string User = "ContainerUser";
    public const string Registry = "ContainerRegistry";
    public const string Repository = "ContainerRepository";
    public const string ImageTag = "ContainerImageTag";
    public const string ImageTags = "ContainerImageTags";
    public const string Port = "ContainerPort";
    public const string EnvironmentVariable = "ContainerEnvironmentVariable";
    public const string Label = "ContainerLabel";

    /// <summary>Not container settings, but what the SDK infers the base image from when ContainerBaseImage is unset.</summary>
    public const string TargetFramework = "TargetFramework";
    public const string TargetFrameworks = "TargetFrameworks";
    public const string EnableContainerSupport = "EnableSdkContainerSupport";
    public const string UsingWebSdk = "UsingMicrosoftNETSdkWeb";

    public static IReadOnlyList<string> Properties { get; } = [BaseImage, Family, User, Registry, Repository, ImageTag, ImageTags];

    /// <summary>Properties recorded with their place so an inferred base image can be reported where the target framework is set.</summary>
    public static IReadOnlyList<string> InferenceInputs { get; } = [TargetFramework, TargetFrameworks, EnableContainerSupport];

    public static IReadOnlyList<string> Items { get; } = [Port, EnvironmentVariable, Label];

    public static bool IsProperty(string name) => Properties.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>A container property or an inference input: what <see cref="ProjectXmlReader"/> records.</summary>
    public static bool IsRecorded(string name) => IsProperty(name) || InferenceInputs.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static bool IsItem(string name) => Items.Contains(name, StringComparer.OrdinalIgnoreCase);
}
