using System.Text;
using Confluent.Kafka;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Stage;

/// <summary>Reads the whole consent topic (every partition, read_committed, to its end) into an <see cref="IConsentTable"/>.</summary>
public sealed class ConsentTableLoader(KafkaClusterOptions kafka, string consentTopic, TimeSpan timeout)
{
    /// <summary>Returns the number of records applied.</summary>
    public long Load(IConsentTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        List<int> partitions;
        using (var admin = new AdminClientBuilder(new AdminClientConfig(new Dictionary<string, string>(kafka.Client)) { BootstrapServers = kafka.BootstrapServers }).Build())
        {
            var metadata = admin.GetMetadata(consentTopic, timeout);
            var topic = metadata.Topics.Find(t => t.Topic == consentTopic);
            if (topic is null || topic.Error.IsError || topic.Partitions.Count == 0)
            {
                throw new KafkaException(new Error(topic?.Error.Code ?? ErrorCode.UnknownTopicOrPart, $"Consent topic {consentTopic} is not available."));
            }
            partitions = topic.Partitions.ConvertAll(p => p.PartitionId);
        }
        using var reader = new ConsumerBuilder<byte[], byte[]>(StageClientConfig.TableReader(kafka)).Build();
        reader.Assign(partitions.ConvertAll(p => new TopicPartitionOffset(consentTopic, p, Offset.Beginning)));
        var open = new HashSet<int>(partitions);
        var deadline = DateTime.UtcNow + timeout;
        long applied = 0;
        while (open.Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new KafkaException(new Error(ErrorCode.Local_TimedOut, $"Loading consent topic {consentTopic} did not finish within {timeout}."));
            }
            var record = reader.Consume(TimeSpan.FromMilliseconds(200));
            if (record is null)
            {
                continue;
            }
            if (record.IsPartitionEOF)
            {
                open.Remove(record.Partition.Value);
                continue;
            }
            if (record.Message.Key is { } key)
            {
                table.Apply(Encoding.UTF8.GetString(key), record.Message.Value);
                applied++;
            }
        }
        reader.Close();
        return applied;
    }
}
