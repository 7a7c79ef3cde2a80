namespace ContainerLint.Core.CrossFile;

using ContainerLint.Core.Rules;

/// <summary>A rule over the facts of every file of a run; each hit names the file it lands in.</summary>
public abstract class CrossFileRule : Rule
{
    /// <summary>Reports every violation. Must not read files or keep state.</summary>
    public abstract IEnumerable<CrossFileHit> Check(CrossFileSet set);
}

/// <summary>A hit of a cross-file rule in <paramref name="File"/>; it goes through that file's configuration and suppressions.</summary>
public sealed record CrossFileHit(FileFacts File, RuleHit Hit);

/// <summary>
/// A finding of a per-file rule that another file shows to be satisfied: the findings of
/// <see cref="RuleId"/> about <c>Object</c> in <c>File</c> are withdrawn.
/// </summary>
public abstract class CrossFileFilter
{
    public abstract string RuleId { get; }

    public abstract IEnumerable<(FileFacts File, string Object)> Satisfied(CrossFileSet set);
}
