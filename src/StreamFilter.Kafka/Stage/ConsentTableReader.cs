using System.Text;
using Confluent.Kafka;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Reads the consent topic into an <see cref="IConsentTable"/>: the whole topic (every partition,
/// read_committed, to its end) at start, then, between batches, whatever arrived since. A group-less
/// consumer assigned every partition, so each instance sees every user's consent whichever instance
/// processed it.
/// </summary>
public sealed class ConsentTableReader(KafkaClusterOptions kafka, string consentTopic, TimeSpan timeout) : IDisposable
{
    private IConsumer<byte[], byte[]>? reader;

    /// <summary>Records whose value was not a readable consent state: skipped, the user's previous state kept.</summary>
    public long Rejected { get; private set; }

    /// <summary>Reads the whole topic; returns the number of records applied.</summary>
    public long Load(IConsentTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (reader is not null)
        {
            throw new InvalidOperationException("The consent table is already loaded.");
        }
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
        reader = new ConsumerBuilder<byte[], byte[]>(StageClientConfig.TableReader(kafka)).Build();
        reader.Assign(partitions.ConvertAll(p => new TopicPartitionOffset(consentTopic, p, Offset.Beginning)));
        var applied = TopicReplay.ToEnd(reader, partitions, timeout, $"Loading consent topic {consentTopic} did not finish within {timeout}.",
            record => Apply(table, record, skipOrigin: null));
        return applied;
    }

    /// <summary>
    /// Applies what arrived since the last call, without waiting. Records written by
    /// <paramref name="ownOrigin"/> (this instance) are skipped: its table already holds a newer state,
    /// and an older echo of its own must not undo it.
    /// </summary>
    public long CatchUp(IConsentTable table, string ownOrigin)
    {
        ArgumentNullException.ThrowIfNull(table);
        var consumer = reader ?? throw new InvalidOperationException("Load the consent table first.");
        long applied = 0;
        while (consumer.Consume(TimeSpan.Zero) is { } record)
        {
            if (!record.IsPartitionEOF)
            {
                applied += Apply(table, record, ownOrigin);
            }
        }
        return applied;
    }

    public void Dispose()
    {
        if (reader is not null)
        {
            reader.Close();
            reader.Dispose();
        }
    }

    private int Apply(IConsentTable table, ConsumeResult<byte[], byte[]> record, string? skipOrigin)
    {
        if (record.Message.Key is not { } key)
        {
            return 0;
        }
        if (skipOrigin is not null && record.Message.Headers is { } headers && headers.TryGetLastBytes(RecordHeaders.Origin, out var origin)
            && Encoding.UTF8.GetString(origin) == skipOrigin)
        {
            return 0;
        }
        try
        {
            table.Apply(Encoding.UTF8.GetString(key), record.Message.Value);
            return 1;
        }
        catch (FormatException)
        {
            Rejected++;
            return 0;
        }
    }
}
