namespace ContainerLint.Cli;

using System.CommandLine;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;

/// <summary><c>containerlint rules [--format text|json|markdown] [--write-docs DIR] [--write-catalog FILE [--rules-dir DIR]]</c>.</summary>
internal static class RulesCommand
{
    public static Command Create(CliHost host)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (a table with the NIST SP 800-190, CIS Docker, CIS Kubernetes and PSS columns), json (one object per rule with its mappings and help link) or markdown (an index of the rule pages).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|markdown",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var writeDocs = new Option<string?>("--write-docs")
        {
            Description = "Write one Markdown page per rule and a README.md index into DIR.",
            HelpName = "DIR",
        };
        var writeCatalog = new Option<string?>("--write-catalog")
        {
            Description = "For developers of ContainerLint: read the catalog from the rule YAML files (--rules-dir) and write the C# of the " +
                "built-in catalog to FILE; --write-docs in the same run renders the docs from the same YAML.",
            HelpName = "FILE",
        };
        var rulesDir = new Option<string>("--rules-dir")
        {
            Description = "The folder of rule YAML files --write-catalog reads (default: rules).",
            DefaultValueFactory = _ => "rules",
            HelpName = "DIR",
        };
        var command = new Command("rules", "List the rule catalog with its NIST SP 800-190, CIS and Pod Security Standards mappings.")
        {
            format, writeDocs, writeCatalog, rulesDir,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var catalogFile = parse.GetValue(writeCatalog);
            var docsDir = parse.GetValue(writeDocs);
            if (catalogFile is not null)
            {
                // The generator reads the YAML itself: the built-in catalog may be the stale thing being regenerated.
                var source = parse.GetValue(rulesDir) ?? "rules";
                var yamlCatalog = LoadYaml(Path.Combine(host.WorkingDirectory, source), source);
                WriteGenerated(Path.Combine(host.WorkingDirectory, catalogFile), RuleCatalogSource.Render(yamlCatalog));
                output.WriteLine($"Wrote {yamlCatalog.Rules.Count} rules from {source} to {catalogFile}.");
                if (docsDir is not null) output.WriteLine($"Wrote {WriteDocs(yamlCatalog, Path.Combine(host.WorkingDirectory, docsDir))} files to {docsDir}.");
                return CommandLineApp.ExitClean;
            }

            var catalog = host.CreateCatalog();
            if (docsDir is not null)
            {
                var written = WriteDocs(catalog, Path.Combine(host.WorkingDirectory, docsDir));
                output.WriteLine($"Wrote {written} files to {docsDir}.");
                return CommandLineApp.ExitClean;
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    output.Write(ToJson(catalog));
                    break;
                case "markdown":
                    output.Write(RuleDocumentation.RenderIndex(catalog));
                    break;
                default:
                    output.Write(ToText(catalog));
                    break;
            }

            return CommandLineApp.ExitClean;
        });
        return command;
    }

    /// <summary>The catalog as an aligned table: id, severity, inputs, the NIST/CIS/PSS mappings the command promises, title.</summary>
    internal static string ToText(RuleCatalog catalog)
    {
        static string List(IReadOnlyCollection<string> values) => values.Count == 0 ? "-" : string.Join(",", values);
        string[] header = ["ID", "SEVERITY", "APPLIES TO", "NIST 800-190", "CIS DOCKER", "CIS K8S", "PSS", "TITLE"];
        var rows = catalog.Rules.Select(r => new[]
        {
            r.Id, r.DefaultSeverity.ToName(), string.Join(",", r.AppliesTo), List(r.Nist80019), List(r.CisDocker), List(r.CisKubernetes),
            r.Pss is { } pss ? $"{pss.Level}:{pss.Check}" : "-", r.Title,
        }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length - 1).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new System.Text.StringBuilder();
        foreach (var row in rows)
        {
            for (var c = 0; c < widths.Length; c++) text.Append(row[c].PadRight(widths[c])).Append("  ");
            text.Append(row[^1]).Append('\n');
        }

        return text.ToString();
    }

    private static RuleCatalog LoadYaml(string directory, string shown)
    {
        if (!Directory.Exists(directory)) throw new UsageException($"rule folder '{shown}' not found (run at the repository root or pass --rules-dir)");
        try
        {
            return RuleCatalog.LoadDirectory(directory);
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>Writes through a temporary file and a rename, so an interrupted run never leaves half a C# file.</summary>
    private static void WriteGenerated(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Writes the docs and removes pages of rules that no longer exist; returns the number of files written.</summary>
    public static int WriteDocs(RuleCatalog catalog, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = RuleDocumentation.RenderAll(catalog);
        foreach (var stale in Directory.EnumerateFiles(directory, "CL*.md"))
        {
            if (!files.ContainsKey(Path.GetFileName(stale))) File.Delete(stale);
        }

        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), content);
        }

        return files.Count;
    }

    /// <summary>The rules JSON (the design's contract): an array, one object per rule, keys in a fixed order.</summary>
    public static string ToJson(RuleCatalog catalog)
    {
        var buffer = new StringWriter { NewLine = "\n" };
        var json = new IndentedJsonWriter(buffer);
        {
            json.WriteStartArray();
            foreach (var rule in catalog.Rules)
            {
                json.WriteStartObject();
                Prop(json, "id", rule.Id);
                Prop(json, "name", rule.Name);
                Prop(json, "title", rule.Title);
                Prop(json, "defaultSeverity", rule.DefaultSeverity.ToName());
                json.WritePropertyName("enabledByDefault");
                json.WriteValue(rule.EnabledByDefault);
                Array(json, "appliesTo", rule.AppliesTo);
                Array(json, "nist80019", rule.Nist80019);
                Array(json, "cisDocker", rule.CisDocker);
                Array(json, "cisKubernetes", rule.CisKubernetes);
                json.WritePropertyName("pss");
                if (rule.Pss is { } pss)
                {
                    json.WriteStartObject();
                    Prop(json, "level", pss.Level);
                    Prop(json, "check", pss.Check);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull();
                }

                json.WritePropertyName("equivalents");
                json.WriteStartObject();
                foreach (var (tool, id) in rule.Equivalents.OrderBy(e => e.Key, StringComparer.Ordinal)) Prop(json, tool, id);
                json.WriteEndObject();
                Prop(json, "helpUri", rule.HelpUri);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer + "\n";
    }

    private static void Prop(IndentedJsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Array(IndentedJsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var v in values) json.WriteValue(v);
        json.WriteEndArray();
    }
}
