namespace ContainerLint.Core.Dockerfile;

using System.Text;

/// <summary>Writes instructions in BuildKit's <c>Node.Dump</c> format (<c>(from "x")</c>), one line each.</summary>
public static class DockerfileDumper
{
    public static string Dump(IEnumerable<Instruction> instructions)
    {
        var sb = new StringBuilder();
        foreach (var i in instructions)
        {
            sb.Append(DumpInstruction(i)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>One instruction with its parentheses, e.g. <c>(onbuild (run "x"))</c>.</summary>
    public static string DumpInstruction(Instruction instruction) => "(" + DumpInner(instruction) + ")";

    private static string DumpInner(Instruction instruction)
    {
        var sb = new StringBuilder();
        var current = instruction;
        var closing = 0;
        while (true)
        {
            sb.Append(current.Keyword.ToLowerInvariant());
            if (current.Flags.Count > 0)
            {
                sb.Append(" [").AppendJoin(' ', current.Flags.Select(f => GoQuote.Quote(f.Text))).Append(']');
            }

            foreach (var a in current.Arguments) sb.Append(' ').Append(GoQuote.Quote(a.Value));
            if (current.OnBuild is not { } sub) break;
            sb.Append(" (");
            closing++;
            current = sub;
        }

        sb.Append(')', closing);
        return sb.ToString().Trim();
    }
}
