namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL4010: <c>ContainerPort</c> below 1024, which a non-root process cannot bind (SSH has its own rule, CL4009).</summary>
public sealed class SdkPrivilegedPortExposed : Rule<SdkContainerDocument>
{
    public override string Id => "CL4010";

    public override IEnumerable<RuleHit> Check(SdkContainerDocument document, RuleContext context)
    {
        foreach (var item in document.ItemsOf(SdkContainerNames.Port))
        {
            if (SdkPorts.Parse(item.Include) is { } port and > 0 and < 1024 and not 22) yield return new RuleHit(item.Span, item.Include);
        }
    }
}
