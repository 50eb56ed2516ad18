namespace Sightline.Linkage;

/// <summary>Settings that cannot be used, naming the field at fault (e.g. <c>comparisons[2].levels[1]</c>).</summary>
public sealed class LinkageSettingsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LinkageSettingsException(string field, string message)
        : base($"{field}: {message}") => Field = field;

    /// <summary>Creates the exception without a field.</summary>
    public LinkageSettingsException()
        : this("settings", "invalid")
    {
    }

    /// <summary>Creates the exception without a field.</summary>
    public LinkageSettingsException(string message)
        : this("settings", message)
    {
    }

    /// <summary>Creates the exception without a field.</summary>
    public LinkageSettingsException(string message, Exception innerException)
        : base(message, innerException) => Field = "settings";

    /// <summary>The field at fault.</summary>
    public string Field { get; }
}
