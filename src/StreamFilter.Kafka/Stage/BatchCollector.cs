using Confluent.Kafka;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Fills a batch with up to batch.max_records records, waiting at most batch.max_wait_ms for them.
/// Records librdkafka has already fetched are taken with a non-blocking poll and without reading the
/// clock: a clock read costs ~25 ns on a VM, a blocking poll reads it two more times inside librdkafka,
/// and both add up per record. The deadline is checked every <see cref="RecordsPerClockRead"/> records
/// (tens of microseconds of polling) and before every wait, and no wait outlasts it.
/// </summary>
internal sealed class BatchCollector
{
    /// <summary>Records taken between two clock reads while records are already buffered.</summary>
    internal const int RecordsPerClockRead = 64;

    /// <summary>The longest single wait, so cancellation is seen within it.</summary>
    private const int LongestWaitMs = 100;

    private readonly TimeProvider time;
    private readonly int maxRecords;
    private readonly long maxWait;
    private readonly Action<Error> consumeError;

    /// <param name="consumeError">Told about each non-fatal consumer error (collecting goes on).</param>
    public BatchCollector(TimeProvider time, BatchOptions options, Action<Error> consumeError)
    {
        this.time = time;
        maxRecords = options.MaxRecords;
        maxWait = (long)(options.MaxWaitMs / 1000.0 * time.TimestampFrequency);
        this.consumeError = consumeError;
    }

    /// <summary>Adds records to <paramref name="batch"/> until it holds batch.max_records, the wait is over, or <paramref name="stop"/> is cancelled.</summary>
    /// <exception cref="KafkaException">The consumer hit a fatal error.</exception>
    public void Collect(IRecordSource source, InputBatch batch, CancellationToken stop)
    {
        var deadline = time.GetTimestamp() + maxWait;
        var untilClockRead = RecordsPerClockRead;
        while (batch.Count < maxRecords && !stop.IsCancellationRequested)
        {
            if (TryTake(source, batch, 0))
            {
                if (--untilClockRead == 0)
                {
                    untilClockRead = RecordsPerClockRead;
                    if (time.GetTimestamp() >= deadline)
                    {
                        return;
                    }
                }
                continue;
            }
            var remaining = deadline - time.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }
            TryTake(source, batch, (int)Math.Ceiling(Math.Min(remaining * 1000.0 / time.TimestampFrequency, LongestWaitMs)));
        }
    }

    private bool TryTake(IRecordSource source, InputBatch batch, int timeoutMs)
    {
        var record = source.Poll(timeoutMs, out var error);
        if (error is not null)
        {
            consumeError(error);
            return false;
        }
        if (record.IsNone)
        {
            return false;
        }
        batch.Add(record, source);
        return true;
    }
}
