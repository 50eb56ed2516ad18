namespace Sightline.Storage.Intake;

/// <summary>
/// A batch that cannot be stored: nothing of it was stored. Either it contradicts itself or the
/// log (one source key, two different events), or the database refused it (for example an event
/// about a person the store does not know).
/// </summary>
public sealed class BatchRejectedException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public BatchRejectedException()
    {
    }

    /// <summary>Creates the exception with a message saying why the batch was rejected.</summary>
    /// <param name="message">Why.</param>
    public BatchRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception for a batch the database refused.</summary>
    /// <param name="message">Why.</param>
    /// <param name="innerException">The database's error.</param>
    public BatchRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
