namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The "topic[partition]" names of source positions, built once per partition instead of formatted
/// for every record (Confluent hands each record a fresh topic string, so the topic is compared, not
/// looked up by reference). Stage thread only.
/// </summary>
internal sealed class SourceNames
{
    private readonly Dictionary<int, (string Topic, string Name)> byPartition = [];

    public string Of(string topic, int partition)
    {
        if (byPartition.TryGetValue(partition, out var known) && string.Equals(known.Topic, topic, StringComparison.Ordinal))
        {
            return known.Name;
        }
        var name = $"{topic}[{partition}]";
        byPartition[partition] = (topic, name);
        return name;
    }
}
