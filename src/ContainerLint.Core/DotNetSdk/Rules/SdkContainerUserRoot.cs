namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL4005: <c>ContainerUser</c> set to root or UID 0.</summary>
public sealed class SdkContainerUserRoot : Rule<SdkContainerDocument>
{
    public override string Id => "CL4005";

    public override IEnumerable<RuleHit> Check(SdkContainerDocument document, RuleContext context)
    {
        if (document.Find(SdkContainerNames.User) is not { } property) yield break;
        var user = property.Value.Split(':')[0].Trim();
        if (user.Equals("root", StringComparison.OrdinalIgnoreCase) || (user.Length > 0 && user.All(c => c == '0')))
        {
            yield return new RuleHit(property.Span, property.Value);
        }
    }
}
