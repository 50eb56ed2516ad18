namespace Sightline.Interop.Linkage;

/// <summary>A record file or linkage config that cannot be used; the message names the file and the line or field.</summary>
public sealed class LinkageInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LinkageInputException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public LinkageInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public LinkageInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
