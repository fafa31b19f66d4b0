using Confluent.Kafka;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Reads assigned partitions to their current end (partition EOF), as restoring a changelog or loading
/// the consent table needs before the stage processes anything. Bounded in time: a table that cannot be
/// read fails the stage instead of letting it judge events without its state.
/// </summary>
internal static class TopicReplay
{
    /// <returns>The sum of <paramref name="apply"/>'s results (records applied).</returns>
    /// <exception cref="KafkaException">The end was not reached within <paramref name="timeout"/>.</exception>
    public static long ToEnd(IConsumer<byte[], byte[]> reader, IEnumerable<int> partitions, TimeSpan timeout, string timeoutMessage,
        Func<ConsumeResult<byte[], byte[]>, long> apply)
    {
        var open = new HashSet<int>(partitions);
        var deadline = DateTime.UtcNow + timeout;
        long applied = 0;
        while (open.Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new KafkaException(new Error(ErrorCode.Local_TimedOut, timeoutMessage));
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
            applied += apply(record);
        }
        return applied;
    }
}
