using Confluent.Kafka;
using StreamFilter.Kafka.Native;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The records of one batch, still in librdkafka's buffers (<see cref="NativeConsumer"/>): where each
/// came from (and so the offsets to commit), and its bytes until it has been processed. Every message
/// is destroyed exactly once: after processing (<see cref="Release"/>), when its partition is revoked,
/// or when the batch is cleared. Partitions are keyed by librdkafka's topic handle, which
/// <see cref="NativeConsumer.TopicName"/> keeps alive, so an address always means the same topic.
/// Stage thread only.
/// </summary>
internal sealed class InputBatch
{
    private readonly List<(ConsumedMessage Message, PartitionSource Source, long Offset)> records = [];
    private readonly Dictionary<(IntPtr Topic, int Partition), PartitionSource> sources = [];
    private readonly List<(PartitionSource Source, long Next)> nextOffsets = [];
    private (IntPtr Topic, int Partition) lastPartition;
    private PartitionSource? lastSource;

    public int Count => records.Count;

    public PartitionSource SourceAt(int index) => records[index].Source;

    public long OffsetAt(int index) => records[index].Offset;

    /// <summary>The value of a record not yet released; valid until it is.</summary>
    public ReadOnlySpan<byte> ValueAt(int index) => records[index].Message.Value;

    /// <summary>Takes ownership of <paramref name="message"/>.</summary>
    public void Add(ConsumedMessage message, IRecordSource consumer)
    {
        var partition = (message.Topic, message.Partition);
        // Fetches come a partition at a time, so most records hit the previous record's partition.
        if (lastSource is null || partition != lastPartition)
        {
            if (!sources.TryGetValue(partition, out lastSource))
            {
                lastSource = new PartitionSource(consumer.TopicName(message.Topic), message.Partition);
                sources.Add(partition, lastSource);
            }
            lastPartition = partition;
        }
        records.Add((message, lastSource, message.Offset));
    }

    /// <summary>The record's bytes are no longer needed: back to librdkafka (its position stays).</summary>
    public void Release(int index)
    {
        var record = records[index];
        if (!record.Message.IsNone)
        {
            record.Message.Destroy();
            records[index] = (default, record.Source, record.Offset);
        }
    }

    /// <summary>Drops the records of revoked partitions (their new owner reads them from the committed offset).</summary>
    public void RemovePartitions(HashSet<TopicPartition> revoked)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (revoked.Contains(records[i].Source.TopicPartition))
            {
                Release(i);
            }
        }
        records.RemoveAll(record => revoked.Contains(record.Source.TopicPartition));
    }

    /// <summary>The offset after the last record of each partition in the batch (a handful of partitions: a scan beats hashing every record).</summary>
    public List<TopicPartitionOffset> NextOffsets()
    {
        nextOffsets.Clear();
        foreach (var (_, source, offset) in records)
        {
            var i = 0;
            while (i < nextOffsets.Count && !ReferenceEquals(nextOffsets[i].Source, source))
            {
                i++;
            }
            if (i == nextOffsets.Count)
            {
                nextOffsets.Add((source, 0));
            }
            nextOffsets[i] = (source, offset + 1);
        }
        var offsets = new List<TopicPartitionOffset>(nextOffsets.Count);
        foreach (var (source, next) in nextOffsets)
        {
            offsets.Add(new TopicPartitionOffset(source.TopicPartition, next));
        }
        return offsets;
    }

    public void Clear()
    {
        for (var i = 0; i < records.Count; i++)
        {
            Release(i);
        }
        records.Clear();
    }
}
