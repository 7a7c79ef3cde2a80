namespace ContainerLint.Core.Rules;

using ContainerLint.Core.Configuration;

/// <summary>What a rule may know besides the document: the effective configuration and the file's name.</summary>
public sealed record RuleContext(LintConfiguration Configuration, string FilePath);
