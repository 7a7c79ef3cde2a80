// Refreshes tests/data/ from the shared corpora (../shared): the files the tests read, vendored so a clone of
// this repository tests on its own. Run through build/refresh-test-data.sh; idempotent (a second run changes
// nothing). Only build/ scripts and .ci/run may read ../shared; the tests read tests/data/ alone.
//
//   dotnet run build/refresh-test-data.cs -- SHARED_DIR TESTS_DATA_DIR
//
// What it writes:
//   buildkit-parser/  BuildKit's parser corpus, every file byte for byte (SOURCE.md keeps the provenance)
//   pss/              the Pod Security Admission fixtures, byte for byte (SOURCE.md, index.tsv)
//   anchors/          ids.txt and union.tsv: the anchor rule ids and union-table rows of
//                     reference/anchor-rules.md that the catalog mapping tests check against
//   realworld/        the permissively licensed real-world Dockerfiles (all) and Kubernetes manifests (every file
//                     up to 256 KB, plus the smallest file of a repository that would otherwise have none), byte
//                     for byte, each checked against its git blob id; SOURCES.tsv subsets, LICENSES.md
// NOTICE.md files and tests/data/LICENSES/ belong to the repository and are left alone.
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run build/refresh-test-data.cs -- SHARED_DIR TESTS_DATA_DIR");
    return 2;
}

var shared = Path.GetFullPath(args[0]);
var data = Path.GetFullPath(args[1]);
var corpus = Path.Combine(shared, "corpus");
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"{corpus}: no shared corpus here; nothing to refresh from");
    return 2;
}

Mirror(Path.Combine(corpus, "dockerfile-parser"), Path.Combine(data, "buildkit-parser"));
Mirror(Path.Combine(corpus, "pss"), Path.Combine(data, "pss"));
Anchors.Write(Path.Combine(shared, "reference", "anchor-rules.md"), Path.Combine(data, "anchors"));
RealWorld.Write(Path.Combine(corpus, "realworld"), Path.Combine(data, "realworld"));
Console.WriteLine($"tests/data refreshed from {shared}");
return 0;

// Makes target hold exactly the files of source (byte for byte), keeping the repository's own NOTICE.md.
static void Mirror(string source, string target)
{
    if (!Directory.Exists(source)) throw new DirectoryNotFoundException(source);
    var wanted = Directory.GetFiles(source, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(source, f))
        .ToHashSet(StringComparer.Ordinal);
    Files.RemoveExcept(target, wanted, keep: "NOTICE.md");
    foreach (var relative in wanted.Order(StringComparer.Ordinal)) Files.Write(Path.Combine(target, relative), File.ReadAllBytes(Path.Combine(source, relative)));
}

internal static class Files
{
    /// <summary>Writes only when the bytes differ, so an unchanged file keeps its timestamp.</summary>
    public static void Write(string path, byte[] bytes)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public static void WriteText(string path, string text) => Write(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Deletes every file below root whose relative path is not wanted (and not <paramref name="keep"/>), then empty folders.</summary>
    public static void RemoveExcept(string root, IReadOnlySet<string> wanted, string keep)
    {
        if (!Directory.Exists(root)) return;
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative != keep && !wanted.Contains(relative)) File.Delete(file);
        }

        foreach (var dir in Directory.GetDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
    }

    /// <summary>git's blob id of the bytes (what <c>git hash-object</c> prints).</summary>
    public static string BlobId(byte[] bytes)
    {
        var header = Encoding.ASCII.GetBytes($"blob {bytes.Length.ToString(CultureInfo.InvariantCulture)}\0");
        return Convert.ToHexStringLower(SHA1.HashData([.. header, .. bytes]));
    }
}

/// <summary>
/// The anchor rule ids and union-table rows of anchor-rules.md. ids.txt lists every rule id of the anchor tools the
/// reference names: hadolint, Trivy, Checkov and Dockle ids with their shorthands expanded ("DL3048–DL3058",
/// "KSV-0044/45/46/112", "CKV2_DOCKER_2 / _3"), kube-linter's check names (section 4) and Docker's build check names
/// (section 5b), and ids of other families named in the union table ("KCV-0093"). union.tsv holds each row of section 9 with its
/// CIS Docker, CIS Kubernetes and NIST SP 800-190 ids and the anchor ids of its tool columns.
/// </summary>
internal static class Anchors
{
    private static readonly Regex FamilyId = new(
        @"(?<![\w-])(?<prefix>DL|DS-|KSV-|CKV2?_(?:DOCKER|K8S)_|CIS-DI-|DKL-(?:DI|LI)-)(?<first>\d+)(?<rest>(?:\s*[,/]\s*(?:\k<prefix>|_)?\d+(?:\s*[–…]\s*(?:\k<prefix>)?\d+)?|\s*[–…]\s*(?:\k<prefix>)?\d+)*)",
        RegexOptions.CultureInvariant);

    private static readonly Regex Continuation = new(@"(?<sep>[,/–…])\s*(?:DL|DS-|KSV-|CKV2?_(?:DOCKER|K8S)_|CIS-DI-|DKL-(?:DI|LI)-|_)?(?<n>\d+)");

    private static readonly Regex OtherFamilyId = new(@"^[A-Z]{2,}-\d{4,5}$", RegexOptions.CultureInvariant);

    private static readonly string[] AnchorColumns = ["hado", "trivy", "ckv", "kl", "dockle", "bk"];

    public static void Write(string source, string target)
    {
        var text = File.ReadAllText(source).Replace("\r\n", "\n", StringComparison.Ordinal);
        var ids = FamilyIds(text);
        ids.UnionWith(KubeLinterChecks(text));
        ids.UnionWith(BuildChecks(text));
        var union = Union(text);
        // A union cell may name an id of a family the tables above do not list ("KCV-0093"); its other words are prose.
        foreach (var row in union) ids.UnionWith(row.Anchors.Where(a => OtherFamilyId.IsMatch(a)));
        foreach (var row in union) row.Anchors.IntersectWith(ids);
        var header = "# Extracted from the project's reference/anchor-rules.md by build/refresh-test-data.sh; do not edit.\n";
        Files.WriteText(Path.Combine(target, "ids.txt"), header + "# One anchor rule id per line.\n" + string.Concat(ids.Order(StringComparer.Ordinal).Select(i => i + "\n")));
        var tsv = new StringBuilder(header).Append("row\tcisDocker\tcisKubernetes\tnist\tanchors\n");
        foreach (var row in union)
        {
            tsv.Append(row.Row).Append('\t').Append(string.Join(',', row.CisDocker)).Append('\t').Append(string.Join(',', row.CisKubernetes))
                .Append('\t').Append(string.Join(',', row.Nist)).Append('\t').Append(string.Join(',', row.Anchors.Order(StringComparer.Ordinal))).Append('\n');
        }

        Files.WriteText(Path.Combine(target, "union.tsv"), tsv.ToString());
    }

    private sealed record UnionRow(string Row, string[] CisDocker, string[] CisKubernetes, string[] Nist, HashSet<string> Anchors);

    private static HashSet<string> FamilyIds(string text)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in FamilyId.Matches(text))
        {
            var prefix = m.Groups["prefix"].Value;
            var first = m.Groups["first"].Value;
            var width = prefix is "DL" || prefix.StartsWith("CKV", StringComparison.Ordinal) ? 0 : 4;
            string Format(int v) => v.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            ids.Add(prefix + first);
            var previous = int.Parse(first, CultureInfo.InvariantCulture);
            foreach (Match c in Continuation.Matches(m.Groups["rest"].Value))
            {
                var n = c.Groups["n"].Value;
                var value = int.Parse(n, CultureInfo.InvariantCulture);
                if (c.Groups["sep"].Value is "–" or "…")
                {
                    for (var v = previous + 1; v <= value; v++) ids.Add(prefix + Format(v));
                }
                else
                {
                    // "KSV-0123, 0122, 01011" keeps the written digits; "KSV-0044/45" pads to the family's width.
                    ids.Add(prefix + (n.Length >= width ? n : n.PadLeft(width, '0')));
                }

                previous = value;
            }
        }

        return ids;
    }

    /// <summary>Lines of the section whose heading starts with <paramref name="heading"/>, up to the next heading or rule.</summary>
    private static IEnumerable<string> Section(string text, string heading)
    {
        var start = text.IndexOf("\n" + heading, StringComparison.Ordinal);
        if (start < 0) throw new InvalidDataException($"anchor-rules.md has no '{heading}' section");
        foreach (var line in text[(start + 1)..].Split('\n').Skip(1))
        {
            if (line.StartsWith('#') || line.StartsWith("-----", StringComparison.Ordinal)) yield break;
            yield return line;
        }
    }

    /// <summary>Section 4's first column: "host-ipc / host-network / host-pid" names three checks.</summary>
    private static IEnumerable<string> KubeLinterChecks(string text)
    {
        var names = Section(text, "## 4. kube-linter")
            .Where(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|')[0].Trim())
            .Where(c => c is not "Check" && !c.StartsWith("---", StringComparison.Ordinal))
            .SelectMany(c => c.Split('/', StringSplitOptions.TrimEntries))
            .ToList();
        if (names.Count < 50) throw new InvalidDataException($"kube-linter section: {names.Count} checks, expected the 63 of the table");
        return names;
    }

    /// <summary>Section 5b's list: "StageNameCasing · … · CopyIgnoredFile (.dockerignore-excluded source) · …".</summary>
    private static IEnumerable<string> BuildChecks(string text)
    {
        var line = Section(text, "## 5b.").First(l => l.Contains('·'));
        var names = line.Split('·', StringSplitOptions.TrimEntries).Select(n => Regex.Match(n, @"^[A-Za-z]+").Value).Where(n => n.Length > 0).ToList();
        if (names.Count < 20) throw new InvalidDataException($"build checks section: {names.Count} names, expected 22");
        return names;
    }

    private static List<UnionRow> Union(string text)
    {
        var start = text.IndexOf("## 9. UNION", StringComparison.Ordinal);
        if (start < 0) throw new InvalidDataException("anchor-rules.md has no '## 9. UNION' section");
        var rows = new List<UnionRow>();
        string[]? header = null;
        foreach (var line in text[start..].Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                header = null;
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells[0] == "#")
            {
                header = cells;
                continue;
            }

            if (header is null || !Regex.IsMatch(cells[0], @"^[A-Z]\d+$")) continue;
            string Cell(string name) => Array.IndexOf(header, name) is var i and >= 0 && i < cells.Length ? cells[i] : "";
            var cisK = Cell("CIS-K");
            // "(CIS-D 5.23)" in the CIS-K column is a Docker id given for lack of a Kubernetes one.
            var dockerInK = cisK.Contains("CIS-D", StringComparison.Ordinal);
            var cisD = Ids(Cell("CIS-D"), @"5\.\d+|4\.\d+").Concat(dockerInK ? Ids(cisK, @"[45]\.\d+") : []).ToArray();
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var column in AnchorColumns)
            {
                var cell = Cell(column);
                anchors.UnionWith(FamilyIds(cell));
                foreach (Match word in Regex.Matches(cell, @"[A-Za-z][\w-]*")) anchors.Add(word.Value);
            }

            rows.Add(new UnionRow(cells[0], cisD, dockerInK ? [] : Ids(cisK, @"5\.\d+\.\d+"), Ids(Cell("NIST"), @"4\.\d\.\d|4\.6"), anchors));
        }

        if (rows.Count < 100) throw new InvalidDataException($"union table: {rows.Count} rows, expected 126");
        return rows;
    }

    /// <summary>Whole ids of a cell: not part of a longer id ("4.3.x", "4.2.1-like" give nothing).</summary>
    private static string[] Ids(string cell, string pattern) =>
        Regex.Matches(cell, $@"(?<![\w.-])(?:{pattern})(?![\w.-])").Select(m => m.Value).ToArray();
}

/// <summary>The permissively licensed part of the real-world corpus, byte for byte.</summary>
internal static class RealWorld
{
    private const long ManifestFileLimit = 256 * 1024;

    private static readonly string[] Permissive = ["Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "CC0-1.0"];

    private sealed record Source(string Folder, string Repo, string Commit, string Path, long Bytes, string Blob, string Licence, string Line);

    /// <summary>A licence is permissive when it is one of the list, or an OR of licences one of which is.</summary>
    private static bool IsPermissive(string licence) =>
        licence.Split(" OR ", StringSplitOptions.TrimEntries).Any(l => Permissive.Contains(l, StringComparer.Ordinal));

    public static void Write(string source, string target)
    {
        var dockerfiles = Read(source, "dockerfiles").Where(s => IsPermissive(s.Licence)).ToList();
        var manifests = ChooseManifests(Read(source, "k8s").Where(s => IsPermissive(s.Licence)).ToList());
        var chosen = dockerfiles.Concat(manifests).ToList();
        var wanted = chosen.Select(s => System.IO.Path.Combine(s.Folder, Local(s)))
            .Concat(["README.md", "LICENSES.md", System.IO.Path.Combine("dockerfiles", "SOURCES.tsv"), System.IO.Path.Combine("k8s", "SOURCES.tsv")])
            .ToHashSet(StringComparer.Ordinal);
        Files.RemoveExcept(target, wanted, keep: "NOTICE.md");
        foreach (var s in chosen)
        {
            var bytes = File.ReadAllBytes(System.IO.Path.Combine(source, s.Folder, Local(s)));
            if (bytes.Length != s.Bytes || Files.BlobId(bytes) != s.Blob)
            {
                throw new InvalidDataException($"{s.Folder}/{Local(s)}: does not match its SOURCES.tsv row (bytes {bytes.Length}, blob {Files.BlobId(bytes)})");
            }

            Files.Write(System.IO.Path.Combine(target, s.Folder, Local(s)), bytes);
        }

        foreach (var folder in new[] { "dockerfiles", "k8s" })
        {
            var header = File.ReadLines(System.IO.Path.Combine(source, folder, "SOURCES.tsv")).First();
            var lines = chosen.Where(s => s.Folder == folder).Select(s => s.Line);
            Files.WriteText(System.IO.Path.Combine(target, folder, "SOURCES.tsv"), string.Concat(new[] { header }.Concat(lines).Select(l => l + "\n")));
        }

        Files.WriteText(System.IO.Path.Combine(target, "LICENSES.md"), Licences(chosen));
        Files.WriteText(System.IO.Path.Combine(target, "README.md"), Readme(dockerfiles, manifests));
    }

    private static string Local(Source s) => s.Repo.Replace("/", "__", StringComparison.Ordinal) + "/" + s.Path;

    private static List<Source> Read(string source, string folder)
    {
        var rows = File.ReadLines(System.IO.Path.Combine(source, folder, "SOURCES.tsv")).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var c = l.Split('\t');
            if (c.Length != 6) throw new InvalidDataException($"{folder}/SOURCES.tsv: not six columns: {l}");
            return new Source(folder, c[0], c[1], c[2], long.Parse(c[3], CultureInfo.InvariantCulture), c[4], c[5], l);
        });
        return [.. rows.OrderBy(s => s.Repo, StringComparer.Ordinal).ThenBy(s => s.Path, StringComparer.Ordinal)];
    }

    /// <summary>Every manifest up to 256 KB, and for a repository with none that small, its smallest file.</summary>
    private static List<Source> ChooseManifests(List<Source> all) =>
        [.. all.GroupBy(s => s.Repo, StringComparer.Ordinal).SelectMany(g =>
            g.Any(s => s.Bytes <= ManifestFileLimit) ? g.Where(s => s.Bytes <= ManifestFileLimit) : g.OrderBy(s => s.Bytes).ThenBy(s => s.Path, StringComparer.Ordinal).Take(1))
            .OrderBy(s => s.Repo, StringComparer.Ordinal).ThenBy(s => s.Path, StringComparer.Ordinal)];

    private static string Licences(List<Source> chosen)
    {
        var b = new StringBuilder();
        b.Append("# Licences of the vendored real-world files\n\n");
        b.Append("Each file is an unmodified copy of a file in the repository below, at the commit given (its path under\n");
        b.Append("`dockerfiles/` or `k8s/` is `<owner>__<repo>/<path in the repository>`; `SOURCES.tsv` names every file with\n");
        b.Append("its git blob id). Each file remains under its repository's licence, which is in the licence file at the root\n");
        b.Append("of that repository at that commit (linked below). The Apache License 2.0 and CC0 1.0 texts are in\n");
        b.Append("`../LICENSES/`. Only permissive licences (Apache-2.0, MIT, BSD, CC0, or a choice that includes one of them)\n");
        b.Append("were taken; GPL, MPL and other files of the shared corpus were left out.\n\n");
        b.Append("| repository | commit | licence | Dockerfiles | manifests |\n| --- | --- | --- | ---: | ---: |\n");
        foreach (var g in chosen.GroupBy(s => (s.Repo, s.Commit, s.Licence)).OrderBy(g => g.Key.Repo, StringComparer.OrdinalIgnoreCase))
        {
            var (repo, commit, licence) = g.Key;
            b.Append(CultureInfo.InvariantCulture, $"| [{repo}](https://github.com/{repo}/tree/{commit}) | `{commit}` | {licence} | {g.Count(s => s.Folder == "dockerfiles")} | {g.Count(s => s.Folder == "k8s")} |\n");
        }

        return b.ToString();
    }

    private static string Readme(List<Source> dockerfiles, List<Source> manifests)
    {
        string Count(IEnumerable<Source> s) => $"{s.Count().ToString("N0", CultureInfo.InvariantCulture)} files from {s.Select(x => x.Repo).Distinct().Count()} repositories, {s.Sum(x => x.Bytes).ToString("N0", CultureInfo.InvariantCulture)} bytes";
        return $"""
            # Real-world Dockerfiles and Kubernetes manifests (vendored subset)

            Written by `build/refresh-test-data.sh`; do not edit by hand. Real files from public GitHub repositories, copied
            byte for byte from the project's shared real-world corpus (each file is the git blob recorded in `SOURCES.tsv`,
            and the refresh checks every byte against that blob id). The tests never build, run or apply them.

            * `dockerfiles/`: {Count(dockerfiles)}: every Dockerfile of the shared corpus whose repository's
              licence is permissive.
            * `k8s/`: {Count(manifests)}: of the permissively licensed manifests, every file up to 256 KB, and
              for a repository whose files are all larger, its smallest file.

            Layout: `<folder>/<owner>__<repo>/<path in repo>`; `<folder>/SOURCES.tsv` has the columns `repo`, `commit`,
            `path`, `bytes`, `blob` (git blob id: `git hash-object FILE` prints it) and `licence` (SPDX id of the
            repository's licence). Licences and links to each repository at its commit: `LICENSES.md`.

            Files keep their original bytes: CRLF line endings, a byte-order mark and missing final newlines are real and
            intended; `tests/data/.gitattributes` (`* -text`) keeps git from changing them.

            """;
    }
}
