namespace ContainerLint.Core.Configuration;

/// <summary>A configuration file (or option) that cannot be used; the message names the file and line.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>An error at a position of a configuration file; the message reads <c>file(line,column): detail</c>.</summary>
    public ConfigurationException(string file, int line, int column, string detail)
        : base($"{file}({line},{column}): {detail}")
    {
        File = file;
        Line = line;
        Column = column;
        Detail = detail;
    }

    /// <summary>The configuration file, when the error has a position in it.</summary>
    public string? File { get; }

    /// <summary>1-based line of the error, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string? Detail { get; }
}
