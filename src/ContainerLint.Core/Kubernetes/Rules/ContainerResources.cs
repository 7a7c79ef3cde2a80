namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>The one check behind the resource rules (CL2102–CL2105): <c>resources.&lt;section&gt;.&lt;resource&gt;</c> is set.</summary>
internal static class ContainerResources
{
    /// <summary>
    /// A hit when a regular or init container lacks the setting, on the nearest key present (the section, else
    /// <c>resources</c>, else the container's name); ephemeral containers cannot set resources.
    /// </summary>
    public static void Missing(ContainerView c, string section, string resource, RuleHitSink hits)
    {
        if (c.List == ContainerListKind.Ephemeral || c.Workload.IsPatch) return;
        var resources = c.Node.GetMapping("resources");
        if (resources?.GetMapping(section)?.GetString(resource) is { Length: > 0 }) return;
        hits.Add(c.Hit(resources?.Find(section)?.Key.Span ?? c.Node.Find("resources")?.Key.Span ?? c.Anchor, c.Name));
    }
}
