using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The group offset commit after each transaction (<c>kafka.commit_offsets_after_transaction</c>), for
/// clusters that drop the offsets sent with SendOffsetsToTransaction (librdkafka's mock cluster). Without
/// it a restarted stage, or a new owner after a rebalance, would read such a cluster from the start.
/// It runs only after CommitTransaction succeeded, so it never stores an offset whose records are not
/// committed: at worst the stored offset lags, and the lagging batch is read again (on such a cluster
/// only; a real broker has the offsets from the transaction and the commit merely repeats them).
/// </summary>
public sealed partial class KafkaStage
{
    /// <summary>Offsets of committed transactions that the group has not stored yet, per partition (newest wins).</summary>
    private readonly Dictionary<TopicPartition, Offset> unstoredOffsets = [];

    /// <summary>Called after a transaction with <paramref name="offsets"/> committed.</summary>
    private void StoreOffsetsOnGroup(IConsumer<byte[], byte[]> consumer, List<TopicPartitionOffset> offsets)
    {
        if (!topology.Kafka.CommitOffsetsAfterTransaction)
        {
            return;
        }
        foreach (var offset in offsets)
        {
            unstoredOffsets[offset.TopicPartition] = offset.Offset;
        }
        StoreUnstoredOffsets(consumer, null);
    }

    /// <summary>
    /// Commits the offsets still unstored (of <paramref name="only"/> when given). A failure is logged and
    /// tolerated: the transaction has committed, so nothing is lost; the offsets are retried with the next
    /// commit. The mock cluster refuses group commits while the group is rebalancing (REBALANCE_IN_PROGRESS),
    /// where a real broker accepts the transactional ones.
    /// </summary>
    private void StoreUnstoredOffsets(IConsumer<byte[], byte[]> consumer, ICollection<TopicPartition>? only)
    {
        var offsets = new List<TopicPartitionOffset>(unstoredOffsets.Count);
        foreach (var (partition, offset) in unstoredOffsets)
        {
            if (only is null || only.Contains(partition))
            {
                offsets.Add(new TopicPartitionOffset(partition, offset));
            }
        }
        if (offsets.Count == 0)
        {
            return;
        }
        try
        {
            consumer.Commit(offsets);
            foreach (var offset in offsets)
            {
                unstoredOffsets.Remove(offset.TopicPartition);
            }
        }
        catch (TopicPartitionOffsetException ex)
        {
            foreach (var result in ex.Results)
            {
                if (!result.Error.IsError)
                {
                    unstoredOffsets.Remove(result.TopicPartition);
                }
            }
            LogGroupOffsetsNotStored(ex.Error.Code, unstoredOffsets.Count);
        }
        catch (KafkaException ex) when (!ex.Error.IsFatal)
        {
            LogGroupOffsetsNotStored(ex.Error.Code, unstoredOffsets.Count);
        }
    }

    /// <summary>
    /// On a new assignment: partitions this instance owned in the previous generation and owns again were
    /// processed by no one else in between, so their unstored offsets are still right and are stored now,
    /// before fetching starts from the group's offsets. Those of partitions that moved are dropped: the new
    /// owner reads that batch again (only on a cluster that dropped the transactional offsets).
    /// </summary>
    private void StoreUnstoredOffsetsOnAssignment(IConsumer<byte[], byte[]> consumer, List<TopicPartition> assigned)
    {
        if (unstoredOffsets.Count == 0)
        {
            return;
        }
        var kept = new HashSet<TopicPartition>(assigned);
        StoreUnstoredOffsets(consumer, kept);
        if (unstoredOffsets.Count > 0)
        {
            LogGroupOffsetsDropped(unstoredOffsets.Count);
            unstoredOffsets.Clear();
        }
    }

    /// <summary>Lost partitions (session timeout) may have been processed by another member meanwhile: forget their offsets.</summary>
    private void ForgetUnstoredOffsets(List<TopicPartitionOffset> lost)
    {
        foreach (var partition in lost)
        {
            unstoredOffsets.Remove(partition.TopicPartition);
        }
    }

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Group offset commit after the transaction failed ({Code}); {Partitions} partitions' offsets are retried with the next commit (the transaction itself committed)")]
    private partial void LogGroupOffsetsNotStored(ErrorCode code, int partitions);

    [LoggerMessage(EventId = 15, Level = LogLevel.Warning, Message = "{Partitions} partitions moved to another instance before their last offsets were stored on the group; the new owner reads that batch again")]
    private partial void LogGroupOffsetsDropped(int partitions);
}
