namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using System.Text;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Dockerfile.Rules;

/// <summary>
/// Every Dockerfile rule whose bad example reports on a RUN must report the same example rewritten into the other forms
/// a RUN can take: exec form through a shell (<c>RUN ["/bin/sh", "-c", "…"]</c>), exec form as a bare argv where the
/// command is one simple command, <c>ONBUILD RUN</c>, and a heredoc (<c>RUN &lt;&lt;EOF</c>). The facts pass reads all
/// of them; a rule that fires on one form and not another is the disagreement this test exists to catch. A RUN whose
/// shell is PowerShell or cmd goes to exec form through that shell (<c>RUN ["powershell", "-Command", "…"]</c>) and to
/// ONBUILD; its words are not an argv, and a heredoc is not how Windows RUNs are written.
/// </summary>
public sealed class CrossFormTests
{
    /// <summary>Rules about a RUN's form itself rather than what it runs, with why a rewrite changes their answer.</summary>
    private static readonly Dictionary<string, string> FormRules = new(StringComparer.Ordinal)
    {
        ["CL1046"] = "it is about two RUN instructions in a row; ONBUILD and exec form are not what it merges",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in DockerfileRules.All)
        {
            var meta = rule.Descriptor;
            if (meta.BadExample.Length == 0 || FormRules.ContainsKey(meta.Id)) continue;
            var onRun = RunLinesReported(meta.Id, meta.BadExample);
            if (onRun.Count == 0) continue;
            foreach (var form in Forms)
            {
                if (Rewrite(meta.BadExample, onRun, form) is not null) data.Add(meta.Id, form);
            }
        }

        return data;
    }

    private static readonly string[] Forms = ["exec-shell", "exec-argv", "onbuild", "heredoc"];

    [Fact]
    public void EveryFormIsCoveredForTheRulesOfTheRunCommands()
    {
        // The theory must not pass vacuously: the package, download, user and permission rules all have RUN examples.
        var ids = Cases().Select(c => (string)c[0]).Distinct().ToArray();
        Assert.True(ids.Length >= 25, $"only {ids.Length} rules have a RUN bad example: {string.Join(", ", ids)}");
        foreach (var id in new[] { "CL1013", "CL1035", "CL1051", "CL1034", "CL1030", "CL1014" }) Assert.Contains(id, ids);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheRuleFiresInEveryFormOfTheRun(string ruleId, string form)
    {
        var example = RuleCatalog.Default.Get(ruleId).BadExample;
        var rewritten = Rewrite(example, RunLinesReported(ruleId, example), form)!;
        var hits = DockerfileRuleHarness.Hits(ruleId, rewritten);
        Assert.True(hits.Length > 0, $"{ruleId} fires on its bad example but not on its {form} rewrite:\n{rewritten}");
    }

    /// <summary>The shell-form RUNs (no flags, no heredoc) where the rule reports on the bad example.</summary>
    private static List<Instruction> RunLinesReported(string ruleId, string example)
    {
        var runs = DockerfileDocument.Parse(example).Instructions
            .Where(i => i.Kind == InstructionKind.Run && !i.IsJsonForm && i.Heredocs.Count == 0 && i.Flags.Count == 0)
            .ToArray();
        var lines = DockerfileRuleHarness.Hits(ruleId, example)
            .Select(h => int.Parse(h[(h.IndexOf('(', StringComparison.Ordinal) + 1)..h.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();
        return runs.Where(r => lines.Any(l => l >= r.Span.Line && l <= r.Span.EndLine)).ToList();
    }

    /// <summary>The example with the RUNs <paramref name="runs"/> rewritten into <paramref name="form"/>, or null when that form cannot express them.</summary>
    private static string? Rewrite(string example, List<Instruction> runs, string form)
    {
        var facts = new DockerfileFacts(DockerfileDocument.Parse(example), LintConfiguration.Default);
        var source = example.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var sb = new StringBuilder();
        for (var n = 0; n < source.Length; n++)
        {
            var line = source[n];
            var run = runs.FirstOrDefault(r => r.Span.Line == n + 1);
            if (runs.Any(r => n + 1 > r.Span.Line && n + 1 <= r.Span.EndLine)) continue;
            if (run is null)
            {
                sb.Append(line);
            }
            else
            {
                // The assembled command: continuation lines joined as BuildKit joins them.
                var command = run.Rest;
                var shell = facts.Runs.Single(r => r.Instruction.Span == run.Span).Shell;
                var replaced = shell.IsWindows ? form switch
                {
                    "exec-shell" => "RUN [" + string.Join(", ", shell.Argv.Append(command).Select(Json)) + "]",
                    "onbuild" => "ONBUILD RUN " + command,
                    _ => null,
                }
                : form switch
                {
                    "exec-shell" => $"RUN [\"/bin/sh\", \"-c\", {Json(command)}]",
                    "exec-argv" => command.IndexOfAny("|&;<>()$`\\\"'*?[]{}~#=".ToCharArray()) >= 0 ? null : "RUN [" + string.Join(", ", command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Json)) + "]",
                    "onbuild" => "ONBUILD RUN " + command,
                    "heredoc" => "RUN <<EOF\n" + command + "\nEOF",
                    _ => throw new ArgumentOutOfRangeException(nameof(form)),
                };
                if (replaced is null) return null;
                sb.Append(replaced);
            }

            if (n < source.Length - 1) sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Json(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
