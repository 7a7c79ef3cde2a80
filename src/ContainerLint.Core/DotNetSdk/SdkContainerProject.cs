namespace ContainerLint.Core.DotNetSdk;

/// <summary>An evaluated container item as MSBuild sees it (one per Include value).</summary>
public sealed record SdkEvaluatedItem(string ItemType, string Include, IReadOnlyDictionary<string, string> Metadata);

/// <summary>
/// The evaluated container configuration of one project, as handed over by the MSBuild task:
/// the project file, the files MSBuild imported around it that may set container properties,
/// and the evaluated property and item values.
/// </summary>
public sealed record SdkContainerProject
{
    /// <summary>Full path of the project file.</summary>
    public required string ProjectPath { get; init; }

    /// <summary>Whether the project can publish a container (<c>EnableSdkContainerSupport</c>); otherwise no CL4xxx rule runs.</summary>
    public bool IsContainerProject { get; init; } = true;

    /// <summary>Evaluated values of the properties in <see cref="SdkContainerNames.Properties"/>; empty values may be left out.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<SdkEvaluatedItem> Items { get; init; } = [];

    /// <summary>Files evaluated before the project body (Directory.Build.props), in order.</summary>
    public IReadOnlyList<string> FilesBeforeProject { get; init; } = [];

    /// <summary>Files evaluated after the project body (Directory.Build.targets), in order.</summary>
    public IReadOnlyList<string> FilesAfterProject { get; init; } = [];

    /// <summary>Imports are followed only below this folder (the repository); null: the repository holding the project (nearest .git), else its folder.</summary>
    public string? RepositoryRoot { get; init; }
}
