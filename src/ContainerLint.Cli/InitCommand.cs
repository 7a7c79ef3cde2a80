namespace ContainerLint.Cli;

using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.CrossFile;
using ContainerLint.Core.Discovery;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Images;
using ContainerLint.Core.IO;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using ContainerLint.Core.Text;

/// <summary>
/// <c>containerlint init</c>: writes a commented <c>.containerlint.yaml</c> for the repository in the working folder,
/// pointing editors at the JSON Schema, with the registries its images come from as <c>trustedRegistries</c>.
/// Never overwrites an existing configuration without <c>--force</c>. Nothing the repository holds is copied into the
/// file but registry names that pass a strict pattern.
/// </summary>
internal static partial class InitCommand
{
    public const string Name = "init";
    public const string SchemaUrl = "https://raw.githubusercontent.com/containerlint/containerlint/main/schemas/containerlint-config.schema.json";

    /// <summary>Folder names that hold copies of other people's files or fixtures: suggested, commented out, for ignorePaths.</summary>
    private static readonly string[] VendoredFolders = ["vendor", "third_party", "third-party", "testdata", "fixtures"];

    public static Command Create(CliHost host)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .containerlint.yaml." };
        var command = new Command(Name, "Write a commented .containerlint.yaml for the repository in the current folder (policy, the registries its images come from, a link to the JSON Schema).");
        command.Add(force);
        command.SetAction(parse => Run(host, parse.GetValue(force), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(CliHost host, bool force, TextWriter stdout, TextWriter stderr)
    {
        var root = host.WorkingDirectory;
        var path = Path.Combine(root, ConfigurationFile.FileName);
        var existing = new[] { path, Path.Combine(root, ConfigurationFile.AlternateFileName) }.FirstOrDefault(File.Exists);
        if (existing is not null && !force)
        {
            stderr.WriteLine($"containerlint: {Path.GetFileName(existing)} already exists; use --force to overwrite it");
            return CommandLineApp.ExitUsage;
        }

        var engine = host.CreateEngine();
        var resolver = new ConfigurationResolver(engine.Catalog, new ConfigurationOverrides());
        var targets = new FileDiscovery(root, resolver).Discover(["."], skipBadConfiguration: true).Targets;
        var text = Render(ImagesOf(engine, resolver, targets), targets.Select(t => t.DisplayPath));
        try
        {
            AtomicFile.Write(existing ?? path, writer => writer.Write(text), root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"containerlint: cannot write {ConfigurationFile.FileName}: {ex.Message}");
            return CommandLineApp.ExitUsage;
        }

        stdout.WriteLine($"containerlint: wrote {Path.GetFileName(existing ?? path)} ({targets.Count.ToString(CultureInfo.InvariantCulture)} files seen); review it, then run `containerlint`");
        return CommandLineApp.ExitClean;
    }

    /// <summary>Every image reference: the FROM images of Dockerfiles (not stages, not unresolved variables), and the images of pods and Compose services.</summary>
    private static List<ImageReference> ImagesOf(LintEngine engine, ConfigurationResolver resolver, IReadOnlyList<LintTarget> targets)
    {
        var images = new List<ImageReference>();
        void Add(string? text)
        {
            if (text is not null && !text.Contains('$', StringComparison.Ordinal) && ImageReference.TryParse(text) is { } image) images.Add(image);
        }

        foreach (var target in targets.Where(t => FileClassifier.FromName(t.DisplayPath, out _) == FileKind.Dockerfile))
        {
            string source;
            try
            {
                source = SafeFileReader.ReadAllText(target.FullPath!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var stages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var from in DockerfileParser.Parse(source).Instructions.Where(i => i.Name == "FROM"))
            {
                var words = from.Arguments.Select(a => a.Value).ToList();
                if (words.Count == 0) continue;
                if (!stages.Contains(words[0])) Add(words[0]);
                if (words.Count >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase)) stages.Add(words[2]);
            }
        }

        var others = targets.Where(t => FileClassifier.FromName(t.DisplayPath, out _) != FileKind.Dockerfile).ToList();
        foreach (var result in new LintRunner(engine, resolver.For).Run(others))
        {
            switch (result.Facts)
            {
                case KubernetesFacts k: foreach (var c in k.Containers) Add(c.Image); break;
                case ComposeFacts c: foreach (var s in c.Services) Add(s.Image); break;
            }
        }

        return images;
    }

    /// <summary>The file's text: the schema line, a commented policy, the registries seen (most used first), suggestions left commented out.</summary>
    internal static string Render(IReadOnlyList<ImageReference> images, IEnumerable<string> linted)
    {
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=").Append(SchemaUrl).Append('\n');
        sb.Append("# ContainerLint configuration, written by `containerlint init`. Every key: https://github.com/containerlint/containerlint/blob/main/docs/configuration.md\n");
        sb.Append("# The nearest .containerlint.yaml above a file applies to it; command-line options and MSBuild properties win over it.\n\n");
        sb.Append("# The rule set: recommended (default), all, cis-docker, cis-kubernetes, nist-800-190, pss-baseline, pss-restricted.\n");
        sb.Append("policy: recommended\n\n");

        var registries = images
            .Select(RegistryEntry)
            .OfType<string>()
            .GroupBy(r => r, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        sb.Append("# Registries images may come from; an image from any other is reported (CL1023, CL2108, CL4003).\n");
        if (registries.Count == 0)
        {
            sb.Append("# No image references were found; list your registries, e.g.:\n# trustedRegistries:\n#   - mcr.microsoft.com\n\n");
        }
        else
        {
            sb.Append("# These are the registries this repository's images come from today (with how many references); remove any you do not trust.\n");
            sb.Append("trustedRegistries:\n");
            foreach (var g in registries) sb.Append("  - ").Append(g.Key).Append("    # ").Append(g.Count().ToString(CultureInfo.InvariantCulture)).Append(g.Count() == 1 ? " image\n" : " images\n");
            sb.Append('\n');
        }

        var vendored = linted
            .Select(p => p.Split('/'))
            .Select(parts => Array.FindIndex(parts, s => VendoredFolders.Contains(s, StringComparer.OrdinalIgnoreCase)) is var i and >= 0 ? string.Join('/', parts[..(i + 1)]) : null)
            .OfType<string>()
            .Where(p => SafeEntry().IsMatch(p))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        sb.Append("# Paths not to lint (globs relative to this file; a folder name covers its contents).\n");
        if (vendored.Count > 0)
        {
            sb.Append("# These folders look vendored or like test data; uncomment to skip them:\n# ignorePaths:\n");
            foreach (var v in vendored) sb.Append("#   - ").Append(v).Append('\n');
        }
        else
        {
            sb.Append("# ignorePaths:\n#   - vendor\n");
        }

        sb.Append('\n');
        sb.Append("# Rules to turn off, or to report at another level (error, warning, note, none):\n");
        sb.Append("# disable: [CL1043]\n# severity:\n#   CL1020: error\n");
        return sb.ToString();
    }

    /// <summary>The trustedRegistries entry for an image: its host, or <c>docker.io/library</c> and <c>docker.io/NAMESPACE</c> on Docker Hub.</summary>
    private static string? RegistryEntry(ImageReference image)
    {
        var entry = image.Registry == ImageReference.DockerHub
            ? ImageReference.DockerHub + "/" + image.Repository.Split('/')[0]
            : image.Registry;
        return SafeEntry().IsMatch(entry) ? entry : null;
    }

    /// <summary>What may be written into the YAML unquoted: host and path characters only.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeEntry();
}
