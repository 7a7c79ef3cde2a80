namespace ContainerLint.Core.Model;

/// <summary>What a linted file is; the JSON output names it in lower case.</summary>
public enum FileKind
{
    Dockerfile,
    Kubernetes,
    Compose,
    MSBuild,
}

public static class FileKindNames
{
    public static string ToName(this FileKind kind) => kind switch
    {
        FileKind.Dockerfile => "dockerfile",
        FileKind.Kubernetes => "kubernetes",
        FileKind.Compose => "compose",
        FileKind.MSBuild => "msbuild",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind of a name <see cref="ToName"/> gives (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Not one of dockerfile, kubernetes, compose, msbuild.</exception>
    public static FileKind Parse(string name) => name.ToLowerInvariant() switch
    {
        "dockerfile" => FileKind.Dockerfile,
        "kubernetes" => FileKind.Kubernetes,
        "compose" => FileKind.Compose,
        "msbuild" => FileKind.MSBuild,
        _ => throw new ArgumentException($"unknown file kind '{name}'; use dockerfile, kubernetes, compose or msbuild", nameof(name)),
    };
}
