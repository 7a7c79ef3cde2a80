namespace ContainerLint.Core.CrossFile;

using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Model;

/// <summary>
/// The little a cross-file check needs to know about one linted file, distilled by its front end
/// while the AST is alive. Immutable and small, so a run over thousands of files keeps no ASTs.
/// </summary>
/// <param name="Path">The path as shown to users (findings land on it).</param>
/// <param name="FullPath">The path on disk; null for stdin.</param>
public abstract record FileFacts(string Path, string? FullPath)
{
    /// <summary>The file's location as a normalised '/'-separated path, used to resolve references between files.</summary>
    public string Location => PathKey.Normalize(FullPath ?? Path);

    /// <summary>The folder of <see cref="Location"/> ("" for a bare file name).</summary>
    public string Folder => PathKey.Folder(Location);

    /// <summary>Every image the file names (<see cref="Images.ImageInventory"/>), for <c>containerlint images</c>.</summary>
    public IReadOnlyList<Images.ImageUse> Images { get; init; } = [];
}

/// <summary>Facts of a file that only names images: a Dockerfile without a built stage, a project's <c>ContainerBaseImage</c>.</summary>
public sealed record ImageOnlyFacts(string Path, string? FullPath) : FileFacts(Path, FullPath);

/// <summary>The user a Dockerfile's final stage runs as.</summary>
/// <param name="Kind">Root, non-root (numeric or name) or unknown.</param>
/// <param name="Value">The USER value after variable expansion, or null when there is no USER.</param>
/// <param name="Span">The USER argument, or the final FROM's image when there is no USER.</param>
public sealed record ImageUser(UserKind Kind, string? Value, SourceSpan Span);

/// <summary>Facts of a Dockerfile: who the image it builds runs as, and what it exposes.</summary>
/// <param name="FinalUser">Who the built image runs as.</param>
/// <param name="FinalFromSpan">The final stage's FROM instruction.</param>
/// <param name="ExposedPorts">EXPOSE ports of the final stage and its base stages; null when one could not be resolved or read.</param>
public sealed record BuiltImageFacts(string Path, string? FullPath, ImageUser FinalUser, SourceSpan FinalFromSpan, IReadOnlyList<PortSpec>? ExposedPorts)
    : FileFacts(Path, FullPath);

/// <summary>Facts of a Compose file: its services.</summary>
public sealed record ComposeFacts(string Path, string? FullPath, IReadOnlyList<ComposeServiceFacts> Services) : FileFacts(Path, FullPath);

/// <summary>One Compose service.</summary>
/// <param name="Name">The service key.</param>
/// <param name="Reference">Finding.Object of the service's findings (<c>service/web</c>).</param>
/// <param name="NameSpan">The service key.</param>
/// <param name="Image">The <c>image:</c> value, or null.</param>
/// <param name="Dockerfile">The Dockerfile <c>build:</c> names, relative to the Compose file's folder and normalised; null without a local build.</param>
/// <param name="User">The <c>user:</c> value, or null when unset.</param>
/// <param name="UserSpan">Where <c>user:</c> is written, or null.</param>
public sealed record ComposeServiceFacts(
    string Name, string Reference, SourceSpan NameSpan, string? Image, string? Dockerfile, string? User, SourceSpan? UserSpan);

/// <summary>Facts of a Kubernetes manifest file.</summary>
/// <param name="Containers">Every container of every pod-bearing object.</param>
/// <param name="Workloads">Every pod-bearing object (for the NetworkPolicy check).</param>
/// <param name="NetworkPolicyNamespaces">Namespaces (as written; <c>default</c> when absent) holding a NetworkPolicy in this file.</param>
public sealed record KubernetesFacts(
    string Path, string? FullPath, IReadOnlyList<ContainerFacts> Containers, IReadOnlyList<WorkloadFacts> Workloads, IReadOnlyList<string> NetworkPolicyNamespaces)
    : FileFacts(Path, FullPath);

/// <summary>A pod-bearing object.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">metadata.name.</param>
/// <param name="Namespace">metadata.namespace, <c>default</c> when absent.</param>
/// <param name="Reference">Finding.Object.</param>
/// <param name="KindSpan">Its <c>kind</c> value.</param>
public sealed record WorkloadFacts(string Kind, string Name, string Namespace, string Reference, SourceSpan KindSpan);

/// <summary>A container port (protocol lower-case).</summary>
public sealed record ContainerPortFacts(int Port, string Protocol, SourceSpan Span);

/// <summary>One container of a pod, with what its pod and container security contexts make effective.</summary>
/// <param name="Reference">Finding.Object of its pod's owner.</param>
/// <param name="Name">The container name.</param>
/// <param name="Image">The image, or null.</param>
/// <param name="ImageSpan">The image value (the container anchor when absent).</param>
/// <param name="RunAsNonRoot">Effective runAsNonRoot (container wins over pod), null when unset.</param>
/// <param name="RunAsNonRootSpan">Where the effective runAsNonRoot is written.</param>
/// <param name="RunAsUser">Effective runAsUser, null when unset or not an integer.</param>
/// <param name="Dockerfile">The Dockerfile a <c>containerlint.io/dockerfile</c> annotation names for it, relative to the manifest's folder; null when none.</param>
/// <param name="Ports">containerPort entries.</param>
public sealed record ContainerFacts(
    string Reference,
    string Name,
    string? Image,
    SourceSpan ImageSpan,
    bool? RunAsNonRoot,
    SourceSpan RunAsNonRootSpan,
    long? RunAsUser,
    string? Dockerfile,
    IReadOnlyList<ContainerPortFacts> Ports);
