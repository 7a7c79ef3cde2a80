namespace ContainerLint.Core.Engine;

/// <summary>Every front end ContainerLint ships: one line per input kind.</summary>
public static class BuiltInFrontEnds
{
    public static IReadOnlyList<FrontEnd> All { get; } =
    [
        DotNetSdk.SdkContainerFrontEnd.Static,
    ];
}
