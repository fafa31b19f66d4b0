namespace StreamFilter.Kafka.Stage;

/// <summary>The stage stopped because it cannot continue without risking loss or duplicates (e.g. a fenced producer).</summary>
public sealed class StageFatalException : Exception
{
    public StageFatalException()
    {
    }

    public StageFatalException(string message)
        : base(message)
    {
    }

    public StageFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
