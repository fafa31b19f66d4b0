namespace StreamFilter.Core.Security;

/// <summary>A key could not be loaded. The message says where it was looked for, never key material.</summary>
public sealed class KeyException : Exception
{
    public KeyException(string message) : base(message)
    {
    }

    public KeyException()
    {
    }

    public KeyException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
