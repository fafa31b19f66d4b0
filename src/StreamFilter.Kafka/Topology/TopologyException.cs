namespace StreamFilter.Kafka.Topology;

/// <summary>A topology file that cannot be used; the message names the file, the line and the setting.</summary>
public sealed class TopologyException : Exception
{
    public TopologyException()
    {
    }

    public TopologyException(string message)
        : base(message)
    {
    }

    public TopologyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
