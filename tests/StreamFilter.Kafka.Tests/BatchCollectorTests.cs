using System.Text;
using Confluent.Kafka;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Tests.Support;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Tests;

/// <summary>
/// A batch ends at batch.max_records or batch.max_wait_ms, whichever comes first, although the collector
/// reads the clock only every <see cref="BatchCollector.RecordsPerClockRead"/> records while records are
/// buffered. Timing runs on an injected clock: nothing here sleeps or measures time.
/// </summary>
public sealed class BatchCollectorTests
{
    [Fact]
    public void With_no_input_the_batch_closes_after_max_wait_ms_and_no_wait_outlasts_the_deadline()
    {
        var clock = new SteppingClock();
        var source = new ScriptedSource(clock);
        var batch = new InputBatch();

        Collector(clock, maxRecords: 100, maxWaitMs: 250).Collect(source, batch, CancellationToken.None);

        Assert.Equal(0, batch.Count);
        // Buffered records first (no wait), then a wait of at most 100 ms and at most what is left.
        Assert.Equal([0, 100, 0, 100, 0, 50, 0], source.Timeouts);
        Assert.Equal(250, clock.GetTimestamp());
    }

    [Fact]
    public void A_stop_during_a_wait_ends_the_batch_without_waiting_again()
    {
        var clock = new SteppingClock();
        using var stop = new CancellationTokenSource();
        var source = new ScriptedSource(clock) { OnWait = stop.Cancel };

        Collector(clock, maxRecords: 100, maxWaitMs: 10_000).Collect(source, new InputBatch(), stop.Token);

        Assert.Equal([0, 100], source.Timeouts);
    }

    [Fact]
    public void A_consumer_error_is_reported_and_collecting_goes_on_until_the_deadline()
    {
        var clock = new SteppingClock();
        var source = new ScriptedSource(clock) { ErrorOnPoll = 1 };
        var errors = new List<Error>();

        new BatchCollector(clock, new BatchOptions { MaxRecords = 100, MaxWaitMs = 30 }, errors.Add).Collect(source, new InputBatch(), CancellationToken.None);

        Assert.Equal(ErrorCode.Local_Transport, Assert.Single(errors).Code);
        Assert.Equal(30, clock.GetTimestamp());
        Assert.Equal([0, 30, 0], source.Timeouts);
    }

    [Fact]
    public void Buffered_records_end_a_batch_at_the_first_clock_read_past_the_deadline_and_none_is_lost_between_batches()
    {
        const string topic = "collect-in";
        Librdkafka.EnsureLoaded();
        using var cluster = MockCluster.Start(1);
        cluster.CreateTopic(topic, 1);
        using (var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build())
        {
            for (var i = 0; i < 500; i++)
            {
                producer.Produce(topic, new Message<byte[], byte[]> { Value = Encoding.UTF8.GetBytes($"v{i}") });
            }
            Assert.Equal(0, producer.Flush(StageHarness.Timeout));
        }
        using var consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = "collect",
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
        }).Build();
        using var native = NativeConsumer.Of(consumer);
        consumer.Subscribe(topic);
        using var bounded = new CancellationTokenSource(StageHarness.Timeout);
        var read = new List<string>();

        // A clock that never reaches the deadline: the batch ends by count, once the fetch arrived.
        Assert.Equal(200, CollectInto(read, native, new SteppingClock(_ => 0), maxRecords: 200, bounded.Token));
        // The whole partition came in one fetch, so records are buffered. The clock is past the deadline
        // from its second read on: the batch ends at the first check, after exactly one interval.
        Assert.Equal(BatchCollector.RecordsPerClockRead, CollectInto(read, native, new SteppingClock(reads => reads == 0 ? 0 : 3_600_000), maxRecords: 500, bounded.Token));
        Assert.Equal(236, CollectInto(read, native, new SteppingClock(_ => 0), maxRecords: 500 - 200 - BatchCollector.RecordsPerClockRead, bounded.Token));
        consumer.Close();

        Assert.False(bounded.IsCancellationRequested, "the records never arrived");
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"{i}=v{i}"), read);
    }

    private static int CollectInto(List<string> read, NativeConsumer source, SteppingClock clock, int maxRecords, CancellationToken stop)
    {
        var batch = new InputBatch();
        Collector(clock, maxRecords, maxWaitMs: 50).Collect(source, batch, stop);
        for (var i = 0; i < batch.Count; i++)
        {
            read.Add($"{batch.OffsetAt(i)}={Encoding.UTF8.GetString(batch.ValueAt(i))}");
        }
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static BatchCollector Collector(TimeProvider clock, int maxRecords, int maxWaitMs) =>
        new(clock, new BatchOptions { MaxRecords = maxRecords, MaxWaitMs = maxWaitMs }, error => Assert.Fail($"unexpected consumer error {error.Code}"));

    /// <summary>An input with no records: each poll "waits" its timeout on the clock and returns nothing.</summary>
    private sealed class ScriptedSource(SteppingClock clock) : IRecordSource
    {
        public List<int> Timeouts { get; } = [];

        /// <summary>Called inside the first poll that waits.</summary>
        public Action? OnWait { get; init; }

        /// <summary>The poll (1-based) that reports a consumer error instead of waiting.</summary>
        public int ErrorOnPoll { get; init; }

        public ConsumedMessage Poll(int timeoutMs, out Error? error)
        {
            Timeouts.Add(timeoutMs);
            error = Timeouts.Count == ErrorOnPoll ? new Error(ErrorCode.Local_Transport, "broker down") : null;
            if (error is null)
            {
                clock.Advance(timeoutMs);
                if (timeoutMs > 0)
                {
                    OnWait?.Invoke();
                }
            }
            return default;
        }

        public string TopicName(IntPtr rkt) => throw new InvalidOperationException("no records, so no topics");
    }
}
