namespace Sightline.Interop.Csv;

/// <summary>Text that is not CSV as RFC 4180 writes it: the place and what is wrong.</summary>
public sealed class CsvFormatException : Exception
{
    /// <summary>Creates the exception with no place.</summary>
    public CsvFormatException()
    {
    }

    /// <summary>Creates the exception with no place.</summary>
    /// <param name="message">What is wrong.</param>
    public CsvFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no place.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a place in the file.</summary>
    /// <param name="line">The line, from 1.</param>
    /// <param name="column">The column (the field's number in its record), from 1.</param>
    /// <param name="message">What is wrong.</param>
    public CsvFormatException(int line, int column, string message)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The line, from 1.</summary>
    public int Line { get; }

    /// <summary>The column: the field's number in its record, from 1.</summary>
    public int Column { get; }
}
