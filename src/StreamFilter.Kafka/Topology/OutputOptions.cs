namespace StreamFilter.Kafka.Topology;

/// <summary>Where filtered events go: per event type when listed, otherwise the default topic.</summary>
public sealed class OutputOptions
{
    public string Default { get; set; } = "";

    public Dictionary<string, string> ByType { get; set; } = [];
}
