namespace ContainerLint.Core.Engine;

/// <summary>Every front end ContainerLint ships: one line per input kind.</summary>
public static class BuiltInFrontEnds
{
    public static IReadOnlyList<FrontEnd> All { get; } =
    [
        Dockerfile.DockerfileFrontEnd.Create(),
        Kubernetes.KubernetesFrontEnd.Create(),
        Compose.ComposeFrontEnd.Create(),
        DotNetSdk.SdkContainerFrontEnd.Static,
    ];
}
