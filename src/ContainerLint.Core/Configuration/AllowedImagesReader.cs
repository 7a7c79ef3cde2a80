namespace ContainerLint.Core.Configuration;

using ContainerLint.Core.Images;
using ContainerLint.Core.Yaml;

/// <summary>
/// Reads <c>allowedImages</c> and <c>allowedRegistries</c> of <c>.containerlint.yaml</c>: each entry checked and compiled here,
/// once, so the rules only run the linear matcher; a bad entry is an error at its line and column.
/// </summary>
/// <example>
/// <code>
/// allowedImages:
///   - mcr.microsoft.com/dotnet/*
///   - docker.io/library/alpine:3.*
/// allowedRegistries:
///   - registry.example.com
/// </code>
/// </example>
internal static class AllowedImagesReader
{
    public static AllowedImages Images(string path, YamlNode node, AllowedImages? current) =>
        (current ?? AllowedImages.None) with { Images = Entries(path, node, (string s, out string? e) => AllowedImagePattern.TryParse(s, out e)) };

    public static AllowedImages Registries(string path, YamlNode node, AllowedImages? current) =>
        (current ?? AllowedImages.None) with { Registries = Entries(path, node, (string s, out string? e) => AllowedRegistry.TryParse(s, out e)) };

    private delegate T? Parser<T>(string text, out string? error);

    private static IReadOnlyList<T> Entries<T>(string path, YamlNode node, Parser<T> parse)
        where T : class
    {
        if (node is YamlScalar { IsNull: true }) return [];
        if (node is not YamlSequence seq) throw ConfigurationFile.Error(path, node, "expected a list");
        var result = new List<T>();
        foreach (var item in seq.Items)
        {
            if (item is not YamlScalar { IsNull: false } scalar) throw ConfigurationFile.Error(path, item, "expected a string");
            result.Add(parse(scalar.Value, out var error) ?? throw ConfigurationFile.Error(path, item, error!));
        }

        return result;
    }
}
