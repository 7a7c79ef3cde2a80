namespace ContainerLint.Core.Tests.Kubernetes;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Kubernetes;

/// <summary>Issue #16, item 2: removed and deprecated API versions, with the release that removed each, against kubernetesVersion.</summary>
public sealed class ApiVersionTests
{
    private static LintConfiguration Target(int minor) => LintConfiguration.Default with { KubernetesVersion = new KubernetesVersion(1, minor) };

    [Theory]
    [InlineData("extensions/v1beta1", "Deployment", "1.16", "use apps/v1")]
    [InlineData("apps/v1beta2", "StatefulSet", "1.16", "use apps/v1")]
    [InlineData("rbac.authorization.k8s.io/v1beta1", "ClusterRole", "1.22", "use rbac.authorization.k8s.io/v1")]
    [InlineData("networking.k8s.io/v1beta1", "Ingress", "1.22", "use networking.k8s.io/v1")]
    [InlineData("batch/v1beta1", "CronJob", "1.25", "use batch/v1")]
    [InlineData("policy/v1beta1", "PodSecurityPolicy", "1.25", "it has no successor")]
    [InlineData("autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.26", "use autoscaling/v2")]
    [InlineData("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.32", "use flowcontrol.apiserver.k8s.io/v1")]
    public void ARemovedVersionIsReportedOnItsApiVersionWithTheReleaseThatRemovedIt(string apiVersion, string kind, string removedIn, string instead)
    {
        var markup = $"apiVersion: {{|CL2129:{apiVersion}|}}\nkind: {kind}\nmetadata:\n  name: x\n  namespace: y\n";
        KubeLint.Verify("CL2129", markup);
        var plain = markup.Replace("{|CL2129:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal);
        var message = Assert.Single(KubeLint.Findings("CL2129", plain)).Message;
        Assert.Contains($"since Kubernetes {removedIn} (target 1.32)", message);
        Assert.Contains(instead, message);
    }

    [Theory]
    [InlineData("apps/v1", "Deployment")]
    [InlineData("batch/v1", "CronJob")]
    [InlineData("policy/v1", "PodDisruptionBudget")]
    // The same group/version for another kind is not the retired pair: extensions/v1beta1 never served CronJobs.
    [InlineData("policy/v1beta1", "Eviction")]
    // A custom resource's own versions are its project's business.
    [InlineData("example.com/v1beta1", "Deployment")]
    public void CurrentVersionsAreNotReported(string apiVersion, string kind) =>
        Assert.DoesNotContain(KubeLint.Run($"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  name: x\n  namespace: y\n", configuration: Target(20)), f => f.RuleId is "CL2129" or "CL2130");

    private const string CronJob = "apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: x\n  namespace: y\n";

    [Theory]
    // Target before the deprecation: fine. Between deprecation and removal: a note naming the removal. From the removal on: removed.
    [InlineData(20, null)]
    [InlineData(21, "CL2130")]
    [InlineData(24, "CL2130")]
    [InlineData(25, "CL2129")]
    [InlineData(31, "CL2129")]
    public void TheVerdictFollowsTheTargetRelease(int minor, string? expected)
    {
        var found = KubeLint.Run(CronJob, configuration: Target(minor)).Where(f => f.RuleId is "CL2129" or "CL2130").Select(f => f.RuleId).ToList();
        Assert.Equal(expected is null ? [] : [expected], found);
    }

    [Fact]
    public void TheDeprecationNoteNamesTheRemovalRelease()
    {
        var hit = Assert.Single(KubeLint.Findings("CL2130", CronJob, configuration: Target(23)));
        Assert.Equal("CronJob in batch/v1beta1 is deprecated since Kubernetes 1.21 and removed in 1.25; use batch/v1 before upgrading.", hit.Message);
        Assert.Equal("CronJob/y/x", hit.Object);
    }

    [Fact]
    public void TheRemovalFindingIsAWarningInTheDefaultPolicy()
    {
        var hit = Assert.Single(KubeLint.Findings("CL2129", CronJob, Policies.Recommended));
        Assert.Equal(Model.Severity.Warning, hit.Severity);
    }

    [Theory]
    [InlineData("kubernetesVersion: \"1.29\"\n", 29)]
    [InlineData("kubernetesVersion: v1.25.3\n", 25)]
    public void TheConfigurationFileSetsTheTarget(string yaml, int minor)
    {
        var merged = ConfigurationResolver.Merge(ConfigurationFile.Parse(yaml, "/repo/.containerlint.yaml", RuleCatalog.Default), new ConfigurationOverrides());
        Assert.Equal(new KubernetesVersion(1, minor), merged.KubernetesVersion);
    }

    [Theory]
    [InlineData("kubernetesVersion: 1.2x\n", "(1,20): bad Kubernetes version '1.2x'")]
    [InlineData("kubernetesVersion: 2.0\n", "(1,20): bad Kubernetes version '2.0'")]
    [InlineData("kubernetesVersion: [1.29]\n", "(1,20): expected a Kubernetes version")]
    public void ABadTargetIsAnErrorNamingFileAndLine(string yaml, string expected)
    {
        var ex = Assert.Throws<ConfigurationException>(() => ConfigurationFile.Parse(yaml, "/repo/.containerlint.yaml", RuleCatalog.Default));
        Assert.Contains("/repo/.containerlint.yaml" + expected, ex.Message);
    }

    [Fact]
    public void EveryRetiredVersionWasDeprecatedBeforeItWasRemovedAndTheNewestRemovalIsTheDefaultTarget()
    {
        Assert.All(RetiredApis.All, api => Assert.True(api.DeprecatedIn < api.RemovedIn, $"{api.ApiVersion} {api.Kind}"));
        Assert.Equal(RetiredApis.Newest, RetiredApis.All.Max(a => a.RemovedIn));
    }
}
