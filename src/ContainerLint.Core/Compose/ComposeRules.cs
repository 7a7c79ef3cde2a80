namespace ContainerLint.Core.Compose;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>Every Compose rule, in id order (the registry generated from rules/CL3xxx.yaml).</summary>
public static class ComposeRules
{
    public static IReadOnlyList<Rule<ComposeFile>> All => BuiltInRules.Compose;
}
