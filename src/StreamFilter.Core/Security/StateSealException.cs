namespace StreamFilter.Core.Security;

/// <summary>A sealed state record that cannot be opened; the message never holds the record's content.</summary>
public sealed class StateSealException : Exception
{
    public StateSealException()
    {
    }

    public StateSealException(string message)
        : base(message)
    {
    }

    public StateSealException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
