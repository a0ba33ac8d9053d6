namespace Vestnik.Infrastructure.Operations.Startup;

/// <summary>A setting that keeps the app from starting. The message says what is wrong and how to fix it.</summary>
public sealed class ConfigurationProblemException : Exception
{
    public ConfigurationProblemException(string message) : base(message)
    {
    }

    public ConfigurationProblemException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public ConfigurationProblemException()
    {
    }
}
