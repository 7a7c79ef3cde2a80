namespace ContainerLint.Core.Engine;

/// <summary>The CL0xxx ids: tool and input diagnostics. Each has its catalog entry in rules/.</summary>
public static class DiagnosticIds
{
    /// <summary>The file could not be read (I/O error, permission denied).</summary>
    public const string FileUnreadable = "CL0001";

    /// <summary>The file could not be parsed; the span points where parsing failed.</summary>
    public const string ParseError = "CL0002";

    /// <summary>An instruction BuildKit does not know.</summary>
    public const string UnknownInstruction = "CL0003";

    /// <summary>A whitespace-only line inside a continuation (BuildKit warns; will become an error).</summary>
    public const string EmptyContinuationLine = "CL0004";

    /// <summary>A key that appears twice in one YAML mapping; the last value wins.</summary>
    public const string DuplicateKey = "CL0005";

    /// <summary>An unrendered Helm template: lint <c>helm template</c> output instead.</summary>
    public const string UnrenderedTemplate = "CL0006";

    /// <summary>A suppression comment that silenced nothing.</summary>
    public const string UnusedSuppression = "CL0007";

    /// <summary>A suppression comment that cannot be understood.</summary>
    public const string MalformedSuppression = "CL0008";

    /// <summary>Binary or undecodable content.</summary>
    public const string BinaryContent = "CL0009";

    /// <summary>A heredoc without its terminator line.</summary>
    public const string UnterminatedHeredoc = "CL0010";

    /// <summary>Input beyond a safety limit (nesting depth, alias expansion, line length).</summary>
    public const string LimitExceeded = "CL0011";

    /// <summary>A value of the wrong type where the schema expects an object or list (e.g. <c>spec: 42</c>).</summary>
    public const string UnexpectedType = "CL0012";

    /// <summary>Text that is not valid UTF-8; it was decoded with replacement characters and linted.</summary>
    public const string InvalidEncoding = "CL0013";

    /// <summary>An instruction whose arguments BuildKit rejects (<c>FROM</c> without an image, <c>COPY</c> without a destination, …).</summary>
    public const string RefusedInstruction = "CL0014";

    /// <summary>A Dockerfile with no <c>FROM</c>: no build stage, so BuildKit refuses it.</summary>
    public const string NoBuildStage = "CL0015";

    /// <summary>An exec form that is not valid JSON, which BuildKit runs as shell form (or splits at whitespace).</summary>
    public const string InvalidJsonForm = "CL0016";

    /// <summary>A <c># check=</c> directive (or BUILDKIT_DOCKERFILE_CHECK build argument) BuildKit cannot parse: it refuses to build.</summary>
    public const string InvalidCheckDirective = "CL0017";

    /// <summary>A nested configuration, an .editorconfig or an MSBuild property disables or lowers a rule the root configuration enforces.</summary>
    public const string EnforcedRuleOverridden = "CL0018";

    /// <summary>An inline suppression of a rule the root configuration enforces: it has no effect.</summary>
    public const string EnforcedRuleSuppressed = "CL0019";

    /// <summary>An inline suppression without a reason where <c>requireSuppressionReason</c> asks for one: it has no effect.</summary>
    public const string SuppressionWithoutReason = "CL0020";

    /// <summary>An inline suppression whose <c>until=</c> date has passed: it no longer suppresses.</summary>
    public const string SuppressionExpired = "CL0021";

    /// <summary>A rule failed with an internal error; the other rules still ran.</summary>
    public const string InternalError = "CL0099";
}
