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
}
