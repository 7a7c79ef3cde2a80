namespace ContainerLint.Core.Tests.DotNetSdk;

using System.Collections.Frozen;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.DotNetSdk;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>Each CL4xxx rule over a project-file snippet: expected rule ids with exact spans (static mode, literal values).</summary>
public sealed class SdkContainerRuleTests
{
    private static readonly LintConfiguration Config = LintConfiguration.Default with
    {
        Policy = Policies.All,
        EolReferenceDate = new DateOnly(2026, 1, 1),
    };

    private static string Project(string propertiesAndItems) =>
        "<Project Sdk=\"Microsoft.NET.Sdk\">\n" + propertiesAndItems + "\n</Project>\n";

    public static TheoryData<string, string, string[]> Cases => new()
    {
        // rule, project body, expected "RULE(l,c,el,ec)" (empty: silent for that rule)
        { "CL4001", "  <PropertyGroup>\n    <ContainerBaseImage>ubuntu:latest</ContainerBaseImage>\n  </PropertyGroup>", ["CL4001(3,5,3,59)"] },
        { "CL4001", "  <PropertyGroup>\n    <ContainerBaseImage>docker.io/library/ubuntu</ContainerBaseImage>\n  </PropertyGroup>", ["CL4001(3,5,3,70)"] },
        { "CL4001", "  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0</ContainerBaseImage>\n  </PropertyGroup>", [] },
        { "CL4001", "  <PropertyGroup>\n    <ContainerBaseImage>ubuntu@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</ContainerBaseImage>\n  </PropertyGroup>", [] },
        { "CL4002", "  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0</ContainerBaseImage>\n  </PropertyGroup>", ["CL4002(3,5,3,82)"] },
        { "CL4002", "  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</ContainerBaseImage>\n  </PropertyGroup>", [] },
        { "CL4003", "  <PropertyGroup>\n    <ContainerBaseImage>evil.example.com/base:1.0</ContainerBaseImage>\n  </PropertyGroup>", ["CL4003(3,5,3,71)"] },
        { "CL4003", "  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0</ContainerBaseImage>\n  </PropertyGroup>", [] },
        { "CL4004", "  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:6.0</ContainerBaseImage>\n  </PropertyGroup>", ["CL4004(3,5,3,81)"] },
        { "CL4004", "  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/runtime:7.0.20-alpine</ContainerBaseImage>\n  </PropertyGroup>", ["CL4004(3,5,3,92)"] },
        { "CL4004", "  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:8.0</ContainerBaseImage>\n  </PropertyGroup>", [] },
        { "CL4005", "  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>", ["CL4005(3,5,3,40)"] },
        { "CL4005", "  <PropertyGroup>\n\t<ContainerUser>0:0</ContainerUser>\n  </PropertyGroup>", ["CL4005(3,2,3,36)"] },
        { "CL4005", "  <PropertyGroup>\n    <ContainerUser>app</ContainerUser>\n  </PropertyGroup>", [] },
        { "CL4006", "  <PropertyGroup>\n    <ContainerBaseImage>ubuntu:24.04</ContainerBaseImage>\n  </PropertyGroup>", ["CL4006(3,5,3,58)"] },
        { "CL4006", "  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:6.0</ContainerBaseImage>\n  </PropertyGroup>", ["CL4006(3,5,3,81)"] },
        { "CL4006", "  <PropertyGroup>\n    <ContainerBaseImage>ubuntu:24.04</ContainerBaseImage>\n    <ContainerUser>1000</ContainerUser>\n  </PropertyGroup>", [] },
        { "CL4006", "  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0</ContainerBaseImage>\n  </PropertyGroup>", [] },
        { "CL4007", "  <ItemGroup>\n    <ContainerEnvironmentVariable Include=\"DB_PASSWORD\" Value=\"hunter2hunter2\" />\n  </ItemGroup>", ["CL4007(3,5,3,82)"] },
        { "CL4007", "  <ItemGroup>\n    <ContainerEnvironmentVariable Include=\"AWS_ID\">\n      <Value>AKIAABCDEFGHIJKLMNOP</Value>\n    </ContainerEnvironmentVariable>\n  </ItemGroup>", ["CL4007(3,5,5,36)"] },
        { "CL4007", "  <ItemGroup>\n    <ContainerEnvironmentVariable Include=\"DB_PASSWORD_FILE\" Value=\"/run/secrets/db\" />\n    <ContainerEnvironmentVariable Include=\"ASPNETCORE_URLS\" Value=\"http://+:8080\" />\n  </ItemGroup>", [] },
        // A connection string with a password: the SDK rules' own addition to the shared detector.
        { "CL4007", "  <ItemGroup>\n    <ContainerEnvironmentVariable Include=\"ConnectionStrings__Db\" Value=\"Server=db;User Id=sa;Password=Sup3rS3cret!\" />\n  </ItemGroup>", ["CL4007(3,5,3,120)"] },
        { "CL4007", "  <ItemGroup>\n    <ContainerEnvironmentVariable Include=\"ConnectionStrings__Db\" Value=\"Server=db;Integrated Security=true\" />\n  </ItemGroup>", [] },
        { "CL4008", "  <ItemGroup>\n    <ContainerLabel Include=\"deploy.token\" Value=\"ghp_0123456789abcdefghijABCDEFGHIJ012345\" />\n  </ItemGroup>", ["CL4008(3,5,3,95)"] },
        { "CL4008", "  <ItemGroup>\n    <ContainerLabel Include=\"org.opencontainers.image.vendor\" Value=\"Contoso\" />\n  </ItemGroup>", [] },
        { "CL4009", "  <ItemGroup>\n    <ContainerPort Include=\"22\" Type=\"tcp\" />\n  </ItemGroup>", ["CL4009(3,5,3,46)"] },
        { "CL4009", "  <ItemGroup>\n    <ContainerPort Include=\"2222\" Type=\"tcp\" />\n  </ItemGroup>", [] },
        { "CL4010", "  <ItemGroup>\n    <ContainerPort Include=\"80\" />\n  </ItemGroup>", ["CL4010(3,5,3,35)"] },
        { "CL4010", "  <ItemGroup>\n    <ContainerPort Include=\"22\" />\n    <ContainerPort Include=\"8080\" />\n  </ItemGroup>", [] },
        { "CL4011", "  <PropertyGroup>\n    <ContainerRegistry>http://registry.local:5000</ContainerRegistry>\n  </PropertyGroup>", ["CL4011(3,5,3,70)"] },
        { "CL4011", "  <PropertyGroup>\n    <ContainerRegistry>registry.example.com</ContainerRegistry>\n  </PropertyGroup>", [] },
        { "CL4012", "  <PropertyGroup>\n    <ContainerImageTags>1.0;latest</ContainerImageTags>\n  </PropertyGroup>", ["CL4012(3,5,3,56)"] },
        { "CL4012", "  <PropertyGroup>\n    <ContainerImageTag>1.0.0</ContainerImageTag>\n  </PropertyGroup>", [] },
        // No ContainerBaseImage: the SDK's default image for the target framework, only when the project publishes containers.
        { "CL4004", "  <PropertyGroup>\n    <TargetFrameworks>net8.0;net6.0</TargetFrameworks>\n    <EnableSdkContainerSupport>true</EnableSdkContainerSupport>\n  </PropertyGroup>", ["CL4004(3,5,3,55)"] },
        { "CL4004", "  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>", [] },
        { "CL4006", "  <PropertyGroup>\n    <TargetFramework>net7.0</TargetFramework>\n    <EnableSdkContainerSupport>true</EnableSdkContainerSupport>\n  </PropertyGroup>", ["CL4006(3,5,3,46)"] },
        { "CL4006", "  <PropertyGroup>\n    <TargetFramework>net7.0</TargetFramework>\n    <EnableSdkContainerSupport>true</EnableSdkContainerSupport>\n    <ContainerUser>1000</ContainerUser>\n  </PropertyGroup>", [] },
        // Settings inside a target are run-time, not evaluation-time: not reported.
        { "CL4005", "  <Target Name=\"X\">\n    <PropertyGroup>\n      <ContainerUser>root</ContainerUser>\n    </PropertyGroup>\n  </Target>", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RuleFiresExactlyWhereExpected(string ruleId, string body, string[] expected)
    {
        var configuration = Config with { TrustedRegistries = ["mcr.microsoft.com", "docker.io"] };
        var findings = LintStatic(Project(body), configuration).Where(f => f.RuleId == ruleId);
        Assert.Equal(expected, findings.Select(f => f.RuleId + f.Span).ToArray());
    }

    [Fact]
    public void SecretsAreMaskedInMessages()
    {
        var findings = LintStatic(Project("  <ItemGroup>\n    <ContainerEnvironmentVariable Include=\"API_TOKEN\" Value=\"s3cr3t-value-123456\" />\n  </ItemGroup>"), Config);
        var finding = Assert.Single(findings, f => f.RuleId == "CL4007");
        Assert.DoesNotContain("s3cr3t-value-123456", finding.Message);
        Assert.Contains("API_TOKEN", finding.Message);
    }

    [Fact]
    public void UntrustedRegistryRuleIsSilentWithoutTrustedRegistries()
    {
        var findings = LintStatic(Project("  <PropertyGroup>\n    <ContainerBaseImage>evil.example.com/base:1.0</ContainerBaseImage>\n  </PropertyGroup>"), Config);
        Assert.DoesNotContain(findings, f => f.RuleId == "CL4003");
    }

    [Fact]
    public void DigestRuleIsOffUnderTheDefaultPolicy()
    {
        var findings = LintStatic(Project("  <PropertyGroup>\n    <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0</ContainerBaseImage>\n  </PropertyGroup>"), LintConfiguration.Default);
        Assert.DoesNotContain(findings, f => f.RuleId == "CL4002");
    }

    [Fact]
    public void BrokenXmlIsAParseErrorAtTheFailingPosition()
    {
        var findings = LintStatic("<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUsr>\n", Config);
        var finding = Assert.Single(findings);
        Assert.Equal(DiagnosticIds.ParseError, finding.RuleId);
        Assert.Equal(3, finding.Span.Line);
    }

    [Fact]
    public void ADoctypeIsRefusedNotResolved()
    {
        var findings = LintStatic("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<Project><PropertyGroup><ContainerUser>&e;</ContainerUser></PropertyGroup></Project>", Config);
        Assert.Equal([DiagnosticIds.ParseError], findings.Select(f => f.RuleId).ToArray());
    }

    [Fact]
    public void EveryCL4RuleHasACatalogEntryWithXmlExamples()
    {
        foreach (var rule in SdkContainerFrontEnd.Rules)
        {
            var meta = RuleCatalog.Default.Get(rule.Id);
            Assert.Equal(rule.GetType().Name, meta.Name);
            Assert.Equal("xml", meta.ExampleLanguage);
            Assert.Contains("msbuild", meta.AppliesTo);
        }
    }

    internal static IReadOnlyList<Finding> LintStatic(string text, LintConfiguration configuration)
    {
        var engine = new LintEngine(RuleCatalog.Default, [SdkContainerFrontEnd.Static]);
        return engine.Lint(new LintInput("app.csproj", new SourceText(text)), FileKind.MSBuild, configuration).Findings;
    }
}
