namespace StreamFilter.Kafka.Topology;

/// <summary>Input topics: a plain list, or one topic per event type, or both (the union is consumed).</summary>
public sealed class InputOptions
{
    public List<string> Topics { get; set; } = [];

    /// <summary>Event type (keystroke, transcript, ...) to topic.</summary>
    public Dictionary<string, string> ByType { get; set; } = [];

    /// <summary>Every topic the stage subscribes to, each once.</summary>
    public IReadOnlyList<string> AllTopics()
    {
        var all = new List<string>(Topics);
        foreach (var topic in ByType.Values)
        {
            if (!all.Contains(topic))
            {
                all.Add(topic);
            }
        }
        return all;
    }
}
