namespace ContainerLint.Core.Tests.Fixes;

using ContainerLint.Core.Fixes;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

public sealed class FixApplierTests
{
    private static Fix Insert(int line, int column, string text) => new("insert", SourceSpan.Point(line, column), text);

    [Fact]
    public void EditsThatDoNotTouchAreAppliedTogetherAndTheRestWaits()
    {
        var source = new SourceText("abc\r\ndef\r\n");
        var (text, applied) = FixApplier.Apply(source, [Insert(1, 2, "X"), Insert(1, 2, "Y"), new Fix("replace", new SourceSpan(2, 1, 2, 4), "DEF"), Insert(2, 4, "!")]);
        Assert.Equal("aXbc\r\nDEF\r\n", text);
        Assert.Equal([0, 2], applied);
    }

    [Fact]
    public void AFixIsTakenWholeOrNotAtAll()
    {
        var source = new SourceText("abc\n");
        var twoEdits = new Fix("two", [new TextEdit(new SourceSpan(1, 1, 1, 2), "A"), new TextEdit(new SourceSpan(1, 3, 1, 4), "C")]);
        var (text, applied) = FixApplier.Apply(source, [Insert(1, 3, "-"), twoEdits]);
        Assert.Equal("ab-c\n", text);
        Assert.Equal([0], applied);
    }

    [Fact]
    public void AnEditOutsideTheTextIsRefused()
    {
        var (text, applied) = FixApplier.Apply(new SourceText("abc\n"), [Insert(1, 9, "x"), Insert(7, 1, "y")]);
        Assert.Equal("abc\n", text);
        Assert.Empty(applied);
    }

    [Fact]
    public void FixesThatUndoEachOtherStopAtThePassLimit()
    {
        var passes = 0;
        IReadOnlyList<Finding> Flip(string t)
        {
            passes++;
            var next = t == "a" ? "b" : "a";
            return [new Finding { RuleId = "CL1000", Severity = Severity.Note, Message = "m", File = "f", Span = new SourceSpan(1, 1, 1, 2), Fix = new Fix("flip", new SourceSpan(1, 1, 1, 2), next) }];
        }

        var outcome = FileFixer.Fix("a", Flip);
        Assert.False(outcome.Converged);
        Assert.Equal(FileFixer.MaxPasses + 1, passes);
    }

    [Fact]
    public void SuppressedFindingsAreNotFixed()
    {
        IReadOnlyList<Finding> Lint(string t) =>
            [new Finding { RuleId = "CL1000", Severity = Severity.Note, Message = "m", File = "f", Span = new SourceSpan(1, 1, 1, 2), Suppressed = true, Fix = new Fix("x", new SourceSpan(1, 1, 1, 2), "b") }];
        Assert.False(FileFixer.Fix("a", Lint).Changed);
    }
}
