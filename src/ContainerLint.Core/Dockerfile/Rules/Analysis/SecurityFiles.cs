namespace ContainerLint.Core.Dockerfile.Rules.Analysis;

/// <summary>A local source of ADD/COPY with its expanded value.</summary>
internal sealed record CopySource(Instruction Instruction, InstructionArgument Argument, string Value, string Destination, Stage Stage);

/// <summary>Secret-looking file names (CL1001, CL1002), the local sources of ADD/COPY and the RUN that removes one later.</summary>
internal static class SecurityFiles
{
    private static readonly string[] Removers = ["rm", "shred", "unlink"];

    private static readonly string[] SecretExactNames =
    [
        ".npmrc", ".pypirc", ".netrc", "_netrc", ".env", ".git-credentials", "credentials", "credentials.json", "kubeconfig", ".kube",
        ".ssh", ".gnupg", ".aws", ".docker", ".dockercfg", ".htpasswd", ".pgpass", ".my.cnf", "secrets.json", "secrets.yaml", "secrets.yml",
        "service-account.json", "terraform.tfstate", "vault-token", ".vault-token",
    ];

    private static readonly string[] SecretExtensions = [".pem", ".key", ".p12", ".pfx", ".keystore", ".jks", ".ppk", ".ovpn", ".kdbx", ".tfstate"];

    // Public material and source code: a name part "key"/"token" there is not a secret (repo-key.gpg, token.go).
    private static readonly string[] NonSecretExtensions =
    [
        ".pub", ".gpg", ".asc", ".crt", ".cer", ".sig", ".go", ".py", ".js", ".ts", ".cs", ".java", ".rb", ".php", ".rs", ".c", ".h", ".md",
        ".html", ".css", ".sh", ".ps1", ".example", ".sample", ".template", ".dist", ".tmpl", ".proto",
    ];

    private static readonly string[] SecretWords = ["key", "keys", "secret", "secrets", "token", "tokens", "credential", "credentials", "password", "passwords", "privkey"];

    /// <summary>True when a source path names a secret-looking file or folder.</summary>
    public static bool IsSecretPath(string path)
    {
        var p = path.Replace('\\', '/').TrimEnd('/');
        if (p.EndsWith("/.kube/config", StringComparison.OrdinalIgnoreCase) || p.Equals(".kube/config", StringComparison.OrdinalIgnoreCase)) return true;
        if (p.EndsWith(".aws/credentials", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".docker/config.json", StringComparison.OrdinalIgnoreCase)) return true;
        var name = SecurityFacts.BaseName(p).ToLowerInvariant();
        if (name.Length == 0 || name is "." or "..") return false;
        if (NonSecretExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal))) return false;
        if (SecretExactNames.Contains(name)) return true;
        if (name.StartsWith(".env.", StringComparison.Ordinal)) return true;
        if (name.StartsWith("id_rsa", StringComparison.Ordinal) || name.StartsWith("id_dsa", StringComparison.Ordinal)
            || name.StartsWith("id_ecdsa", StringComparison.Ordinal) || name.StartsWith("id_ed25519", StringComparison.Ordinal))
        {
            return true;
        }

        if (SecretExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal))) return true;
        var parts = name.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(part => SecretWords.Contains(part));
    }

    /// <summary>The local sources of every ADD/COPY (not <c>--from</c>, not heredocs, not URLs), expanded, per stage.</summary>
    public static IEnumerable<CopySource> LocalSources(StageGraph graph) => graph.LocalSources(static g => ComputeLocalSources(g).ToArray());

    private static IEnumerable<CopySource> ComputeLocalSources(StageGraph graph)
    {
        foreach (var stage in graph.Stages)
        {
            foreach (var i in stage.Instructions)
            {
                if (i.Kind is not (InstructionKind.Add or InstructionKind.Copy) || i.GetFlag("from") is not null || i.Arguments.Count < 2) continue;
                var scope = graph.ScopeAt(i);
                var dest = scope.Expand(i.Arguments[^1]).Value;
                foreach (var a in i.Arguments.Take(i.Arguments.Count - 1))
                {
                    if (a.Value.StartsWith("<<", StringComparison.Ordinal)) continue;
                    var v = scope.Expand(a);
                    if (!v.IsFullyResolved || SecurityFacts.IsRemoteUrl(v.Value) || SecurityFacts.IsGitUrl(v.Value)) continue;
                    yield return new CopySource(i, a, v.Value, dest, stage);
                }
            }
        }
    }

    /// <summary>The line of the first later RUN in the stage that removes the copied file (or a folder holding it), or null.</summary>
    public static int? FindRemoval(CopySource source)
    {
        var name = SecurityFacts.BaseName(source.Value);
        var dest = source.Destination.Replace('\\', '/');
        var candidates = new List<string> { dest.TrimEnd('/') + "/" + name };
        if (!dest.EndsWith('/')) candidates.Add(dest);

        foreach (var run in source.Stage.Instructions.Where(i => i.Kind == InstructionKind.Run && i.Index > source.Instruction.Index))
        {
            foreach (var script in SecurityFacts.Scripts(run))
            {
                foreach (var rm in script.Script.FindCommands(Removers))
                {
                    foreach (var arg in rm.GetPositionalArguments())
                    {
                        var target = arg.Value.TrimEnd('/');
                        if (target.Length == 0) continue;
                        var hit = candidates.Any(c => c == target || c.StartsWith(target + "/", StringComparison.Ordinal) || SecurityFacts.GlobMatch(target, c))
                            || (!target.Contains('/') && !target.Contains('*') && target == name);
                        if (hit) return run.StartLine;
                    }
                }
            }
        }

        return null;
    }
}
