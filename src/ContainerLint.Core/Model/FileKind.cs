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
}
