namespace ContainerLint.Core.Tests.Configuration;

using ContainerLint.Core.Engine;

/// <summary>The one parser of <c># containerlint ignore=…</c> comments that the Dockerfile and YAML front ends share.</summary>
public sealed class SuppressionDirectiveTests
{
    [Theory]
    [InlineData("containerlint ignore=CL1020 -- rebuilt nightly", false, "CL1020", null, "rebuilt nightly")]
    [InlineData("containerlint ignore=CL1020,CL1001 until=2027-03-31 -- until March", false, "CL1001,CL1020", "2027-03-31", "until March")]
    [InlineData("containerlint ignore-file=CL1054 until = 2027-01-01", true, "CL1054", "2027-01-01", null)]
    [InlineData("containerlint ignore=CL1020 --   ", false, "CL1020", null, null)]
    public void ReadsIdsExpiryAndReason(string comment, bool wholeFile, string ids, string? until, string? reason)
    {
        var directive = SuppressionDirective.Parse(comment, out var problem);
        Assert.Null(problem);
        Assert.NotNull(directive);
        Assert.Equal(wholeFile, directive.WholeFile);
        Assert.Equal(ids, string.Join(',', directive.RuleIds.Order(StringComparer.Ordinal)));
        Assert.Equal(until, directive.Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(reason, directive.Reason);
    }

    [Theory]
    [InlineData("containerlint ignore=CL1020 until=2027-02-30 -- reason", "until='2027-02-30' is not a date")]
    [InlineData("containerlint ignore=CL1020 until=31/03/2027", "until='31/03/2027' is not a date")]
    [InlineData("containerlint ignore CL1020", "containerlint ignore CL1020")]
    public void AnythingElseIsAProblemToReport(string comment, string expected)
    {
        Assert.Null(SuppressionDirective.Parse(comment, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
