using Confluent.Kafka;

namespace StreamFilter.Kafka.Stage;

/// <summary>Rebalances and aborted transactions: how the stage gets back to the last committed state.</summary>
public sealed partial class KafkaStage
{
    /// <summary>Runs inside the consumer's poll (Collect), between batches, so no transaction is open.</summary>
    private void OnAssigned(IConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions)
    {
        Readiness?.SetStateRestored(false);
        StoreUnstoredOffsetsOnAssignment(consumer, partitions);
        if (restorer is not null && state is not null)
        {
            try
            {
                var replayed = restorer.Restore(partitions, state);
                LogRestored(partitions.Count, replayed);
            }
            catch (KafkaException ex)
            {
                throw Fatal("Restoring state from the changelog failed", ex);
            }
        }
        Readiness?.SetStateRestored(true);
        Readiness?.SetAssigned(partitions.Count > 0);
        LogAssigned(string.Join(',', partitions));
        PartitionsReady?.Invoke(partitions);
    }

    /// <summary>
    /// Runs inside the consumer's poll (Collect), so always between two batches: the previous batch's transaction has committed
    /// (or aborted and rewound) and the next one has not begun, so the partitions leave with every
    /// processed record committed and nothing half-done. Records of the revoked partitions that were
    /// fetched for the next batch but not yet processed are dropped; the new owner reads them from the
    /// committed offset.
    /// </summary>
    private void OnRevoked(List<TopicPartitionOffset> partitions)
    {
        var revoked = new HashSet<TopicPartition>();
        foreach (var partition in partitions)
        {
            revoked.Add(partition.TopicPartition);
            state?.Drop(partition.TopicPartition);
        }
        batch.RemovePartitions(revoked);
        // Eager rebalancing revokes the whole assignment; ready again once the next one is restored.
        Readiness?.SetAssigned(false);
        LogRevoked(string.Join(',', revoked));
    }

    private void OnLost(List<TopicPartitionOffset> partitions)
    {
        ForgetUnstoredOffsets(partitions);
        OnRevoked(partitions);
    }

    /// <summary>
    /// Aborts the open transaction and puts input and state back where the last commit left them: each
    /// partition of the failed batch is re-read from its first record (batches start at the committed
    /// offset), and state is replayed from the changelog.
    /// </summary>
    private void AbortAndRewind(IProducer<byte[], byte[]> producer, IConsumer<byte[], byte[]> consumer, KafkaTransactionSink sink)
    {
        try
        {
            if (sink.InTransaction)
            {
                Abort(producer);
                if (sink.TransactionTag is { } tag)
                {
                    AbortedTransactionTags.Add(System.Text.Encoding.UTF8.GetString(tag));
                }
            }
            sink.TransactionEnded();
            Counters.Aborted();
            var rewound = new HashSet<TopicPartition>();
            for (var i = 0; i < batch.Count; i++)
            {
                var partition = batch.SourceAt(i).TopicPartition;
                if (rewound.Add(partition))
                {
                    consumer.Seek(new TopicPartitionOffset(partition, batch.OffsetAt(i)));
                }
            }
            batch.Clear();
            if (restorer is not null && state is not null)
            {
                restorer.Restore(consumer.Assignment, state);
            }
        }
        catch (KafkaException ex)
        {
            throw Fatal("Recovering from an aborted transaction failed", ex);
        }
    }

    private static void Abort(IProducer<byte[], byte[]> producer)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                producer.AbortTransaction(ClientTimeout);
                return;
            }
            catch (KafkaRetriableException) when (attempt < 5)
            {
                // Retrying an abort is allowed; a broker may be briefly unreachable.
            }
        }
    }

    private StageFatalException Fatal(string what, KafkaException ex)
    {
        var message = $"{what}: {ex.Error.Code}: {ex.Error.Reason}. The stage stopped without skipping anything: uncommitted input is re-read when it restarts.";
        LogFatal(message);
        return new StageFatalException(message, ex);
    }
}
