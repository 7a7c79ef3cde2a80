namespace ContainerLint.Core.Tests.Kubernetes;

/// <summary>RBAC rules: what a policy rule really grants (resourceNames, API groups), reported on the offending item.</summary>
public sealed class RbacRuleTests
{
    private const string Head = "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: app\n  namespace: app\nrules:\n";

    [Theory]
    // The finding sits on the resource that is the problem, not on the whole list.
    [InlineData("  - apiGroups: [\"\"]\n    resources: [configmaps, {|CL2204:secrets|}, services]\n    verbs: [get, list]\n")]
    [InlineData("  - apiGroups: [\"\"]\n    resources:\n      - pods\n      - {|CL2204:secrets|}\n    verbs: [watch]\n")]
    // resourceNames limits the rule to the Secrets it names: the least privilege CIS 5.1.2 asks for (issue #13, class 7).
    [InlineData("  - apiGroups: [\"\"]\n    resources: [secrets]\n    resourceNames: [app-tls]\n    verbs: [get]\n")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [secrets]\n    resourceNames: [app-tls, app-db]\n    verbs: [get, list, watch]\n")]
    // Another API group's "secrets" is not the core Secret.
    [InlineData("  - apiGroups: [\"external-secrets.io\"]\n    resources: [secrets]\n    verbs: [get]\n")]
    // Write-only access and wildcard verbs are other rules' concerns.
    [InlineData("  - apiGroups: [\"\"]\n    resources: [secrets]\n    verbs: [create]\n")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [secrets]\n    verbs: [\"*\"]\n")]
    public void SecretsReadIsReportedOnTheSecretsItemUnlessLimitedToNames(string rules) => KubeLint.Verify("CL2204", Head + rules);

    [Fact]
    public void TheSecretsMessageSaysWhichVerbsReachAllSecrets()
    {
        var hit = Assert.Single(KubeLint.Findings("CL2204", Head + "  - apiGroups: [\"\"]\n    resources: [secrets]\n    verbs: [get, list, update]\n"));
        Assert.Equal("Role 'app' grants get and list on all Secrets; limit it with resourceNames or avoid it.", hit.Message);
    }

    [Theory]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [{|CL2201:\"*\"|}]\n    verbs: [get, {|CL2201:\"*\"|}]\n", "CL2201")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [pods, {|CL2201:\"*\"|}]\n    verbs: [get]\n", "CL2201")]
    [InlineData("  - apiGroups: [rbac.authorization.k8s.io]\n    resources: [roles]\n    verbs: [get, {|CL2203:escalate|}, {|CL2203:bind|}]\n", "CL2203")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [configmaps, {|CL2211:pods/exec|}]\n    verbs: [create]\n", "CL2211")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [{|CL2206:nodes/proxy|}]\n    verbs: [get]\n", "CL2206")]
    [InlineData("  - apiGroups: [apps]\n    resources: [replicasets, {|CL2205:deployments|}]\n    verbs: [create]\n", "CL2205")]
    // create cannot be limited by resourceNames: a rule with them does not grant create at all.
    [InlineData("  - apiGroups: [apps]\n    resources: [deployments]\n    resourceNames: [web]\n    verbs: [create, update]\n", "CL2205")]
    // deployments of another group (here a CRD's) do not run pods through the apps controller.
    [InlineData("  - apiGroups: [example.com]\n    resources: [deployments]\n    verbs: [create]\n", "CL2205")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [{|CL2207:persistentvolumes|}]\n    verbs: [create]\n", "CL2207")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [{|CL2210:serviceaccounts/token|}]\n    verbs: [create]\n", "CL2210")]
    [InlineData("  - apiGroups: [admissionregistration.k8s.io]\n    resources: [{|CL2209:mutatingwebhookconfigurations|}]\n    verbs: [patch]\n", "CL2209")]
    [InlineData("  - apiGroups: [certificates.k8s.io]\n    resources: [{|CL2208:certificatesigningrequests/approval|}]\n    verbs: [update]\n", "CL2208")]
    public void RbacRulesPointAtTheOffendingItem(string rules, string ruleId) => KubeLint.Verify(ruleId, Head + rules);
}
