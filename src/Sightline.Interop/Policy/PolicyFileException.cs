namespace Sightline.Interop.Policy;

/// <summary>A policy file that cannot be used; the message names the file, the line and the setting.</summary>
public sealed class PolicyFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PolicyFileException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PolicyFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PolicyFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
