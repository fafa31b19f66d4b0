using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using StreamFilter.Core.DeadLetters;
using StreamFilter.Core.Pipeline;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The exactly-once consume-filter-produce loop. One transactional producer per instance and the
/// consumer group's metadata in SendOffsetsToTransaction (KIP-447): a batch's outputs, audit records,
/// dead letters, state changes and input offsets commit together or not at all. Processing runs
/// inline on the consuming thread, so the consumer only fetches as fast as the filter goes
/// (back-pressure without an unbounded buffer) and per-partition order is kept.
/// </summary>
public sealed partial class KafkaStage
{
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(30);
    private readonly TopologyOptions topology;
    private readonly string transactionalId;
    private readonly IEventProcessor processor;
    private readonly byte[] deadLetterKey;
    private readonly IStateStore? state;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly InputBatch batch = new();
    private readonly BatchCollector collector;
    private readonly List<StateChange> stateChanges = [];
    private readonly ChangelogRestorer? restorer;
    private readonly IConsentTable? consent;
    private readonly List<KeyValuePair<string, byte[]?>> consentChanges = [];
    private readonly byte[] origin;
    private long reportedConsentRejects;

    /// <param name="deadLetterKey">32 bytes; seals dead letters and quarantined events (AES-256-GCM).</param>
    /// <param name="instanceId">Stable per instance (pod name, host name): a restarted instance reuses its transactional id and so fences its own zombie.</param>
    /// <param name="consent">Loaded whole from the topology's consent topic before the first record is processed.</param>
    public KafkaStage(TopologyOptions topology, string instanceId, IEventProcessor processor, byte[] deadLetterKey, ILogger<KafkaStage> logger, IStateStore? state = null, IConsentTable? consent = null, TimeProvider? time = null)
    {
        this.topology = topology;
        transactionalId = $"{topology.Kafka.TransactionalIdPrefix}-{instanceId}";
        this.processor = processor;
        this.deadLetterKey = deadLetterKey;
        this.state = state;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
        this.consent = consent;
        origin = System.Text.Encoding.UTF8.GetBytes(transactionalId);
        collector = new BatchCollector(this.time, topology.Batch, error => LogConsumeError(error.Code, error.Reason));
        if (consent is not null && string.IsNullOrWhiteSpace(topology.Consent))
        {
            throw new TopologyException($"{topology.SourcePath}: consent: a consent table was given, so a consent topic is required.");
        }
        if (state is not null)
        {
            if (string.IsNullOrWhiteSpace(topology.Changelog))
            {
                throw new TopologyException($"{topology.SourcePath}: changelog: the processor keeps state, so a changelog topic is required.");
            }
            restorer = new ChangelogRestorer(topology.Kafka, topology.Changelog, ClientTimeout);
        }
    }

    public StageCounters Counters { get; } = new();

    /// <summary>Tag records with their transaction (see <see cref="KafkaTransactionSink.TransactionTag"/>); tests only.</summary>
    internal bool TagTransactions { get; init; }

    /// <summary>Tags of the transactions this stage aborted, when tagging is on.</summary>
    internal System.Collections.Concurrent.ConcurrentBag<string> AbortedTransactionTags { get; } = [];

    private long transactionSequence;

    /// <summary>Raised on the stage thread after partitions were assigned and their state restored.</summary>
    public event Action<IReadOnlyList<TopicPartition>>? PartitionsReady;

    /// <summary>
    /// Runs until <paramref name="stop"/> is cancelled (then commits the last batch and leaves the group)
    /// or a fatal error (the task faults with <see cref="StageFatalException"/>; nothing is skipped).
    /// </summary>
    public Task RunAsync(CancellationToken stop) =>
        Task.Factory.StartNew(() => Run(stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stop)
    {
        Librdkafka.EnsureLoaded();
        using var producer = new ProducerBuilder<byte[], byte[]>(StageClientConfig.Producer(topology.Kafka, transactionalId))
            .SetLogHandler((_, message) => LogClient(message))
            .Build();
        // Fences any earlier incarnation with this transactional id and aborts its open transaction.
        producer.InitTransactions(ClientTimeout);
        Readiness?.SetProducing(true);
        // Records are produced and consumed on the clients' native handles (declared after the clients,
        // so released before them); transactions, rebalances and commits stay on the Confluent clients.
        using var nativeProducer = NativeProducer.Of(producer);
        using var cipher = new DeadLetterCipher(deadLetterKey);
        using var sink = new KafkaTransactionSink(producer, nativeProducer, topology, cipher);
        decisions = Metered(sink);
        using var consumer = WithStatistics(new ConsumerBuilder<byte[], byte[]>(ConsumerConfig())
            .SetLogHandler((_, message) => LogClient(message))
            .SetPartitionsAssignedHandler((assigned, partitions) => OnAssigned(assigned, partitions))
            .SetPartitionsRevokedHandler((_, partitions) => OnRevoked(partitions))
            .SetPartitionsLostHandler((_, partitions) => OnLost(partitions)))
            .Build();
        using var nativeConsumer = NativeConsumer.Of(consumer);
        using var consentReader = consent is null ? null : new ConsentTableReader(topology.Kafka, topology.Consent!, ClientTimeout);
        if (consentReader is not null)
        {
            // The global table first: no event is judged before every known pause/opt-out is in force.
            LogConsentLoaded(consentReader.Load(consent!));
            ReportRejectedConsent(consentReader);
        }
        consumer.Subscribe(topology.Inputs.AllTopics());
        LogStarted(transactionalId, string.Join(',', topology.Inputs.AllTopics()));
        try
        {
            while (!stop.IsCancellationRequested)
            {
                Collect(nativeConsumer, stop);
                FollowConsent(consentReader);
                ProcessAndCommit(producer, consumer, sink, final: false);
            }
            ProcessAndCommit(producer, consumer, sink, final: true);
            LogStopped(Counters.CommittedRecords);
        }
        finally
        {
            Readiness?.SetProducing(false);
            // librdkafka's buffers go back before the consumer closes.
            batch.Clear();
            consumer.Close();
        }
    }

    /// <summary>Fetches up to batch.max_records records, waiting at most batch.max_wait_ms.</summary>
    private void Collect(NativeConsumer consumer, CancellationToken stop)
    {
        batch.Clear();
        try
        {
            collector.Collect(consumer, batch, stop);
        }
        catch (KafkaException ex) when (ex.Error.IsFatal)
        {
            throw Fatal("The consumer failed", ex);
        }
    }

    private void ProcessAndCommit(IProducer<byte[], byte[]> producer, IConsumer<byte[], byte[]> consumer, KafkaTransactionSink sink, bool final)
    {
        try
        {
            if (TagTransactions)
            {
                sink.TransactionTag = System.Text.Encoding.UTF8.GetBytes($"{transactionalId}:{++transactionSequence}");
            }
            for (var i = 0; i < batch.Count; i++)
            {
                ProcessOne(i, decisions!);
                // Processors copy what they keep (a held key's payload): the record's buffer can go back now.
                batch.Release(i);
            }
            processor.Advance(time.GetUtcNow(), decisions!);
            if (final && state is null)
            {
                // Without a changelog, held keys cannot outlive this process: decide them now (fail closed).
                processor.Complete(decisions!);
            }
            WriteStateChanges(sink);
            var offsets = batch.Count > 0 ? batch.NextOffsets() : null;
            if (offsets is not null)
            {
                sink.BeginTransactionIfNeeded();
                producer.SendOffsetsToTransaction(offsets, consumer.ConsumerGroupMetadata, ClientTimeout);
            }
            if (sink.InTransaction)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                Commit(producer);
                Metrics?.TransactionCommitTime(System.Diagnostics.Stopwatch.GetElapsedTime(started));
                if (offsets is not null)
                {
                    StoreOffsetsOnGroup(consumer, offsets);
                }
                Counters.Committed(batch.Count);
            }
            sink.TransactionEnded();
            batch.Clear();
        }
        catch (KafkaException ex) when (!ex.Error.IsFatal)
        {
            LogAborting(ex.Error.Code, ex.Error.Reason, batch.Count);
            AbortAndRewind(producer, consumer, sink);
        }
        catch (KafkaException ex)
        {
            throw Fatal("The transactional producer failed", ex);
        }
    }

    private void ProcessOne(int index, IFilterSink sink)
    {
        var position = new SourcePosition(batch.SourceAt(index).Name, batch.OffsetAt(index));
        try
        {
            processor.Process(batch.ValueAt(index), position, sink);
        }
        catch (Exception ex) when (ex is not KafkaException)
        {
            // A processor bug must not stop the group or lose the record: keep it, encrypted, and account for it.
            var reason = $"processor failed: {ex.GetType().Name}";
            LogProcessorFailed(position.ToString(), ex.GetType().Name);
            sink.DeadLetter(batch.ValueAt(index), reason, position);
            sink.Audit(new AuditRecord
            {
                EventId = $"kafka:{position}",
                Type = "unknown",
                UserId = "unknown",
                Action = AuditAction.DeadLetter,
                Reasons = [reason],
                PolicyVersion = "unknown",
                Source = position.ToString(),
            });
        }
    }

    private void WriteStateChanges(KafkaTransactionSink sink)
    {
        WriteConsentChanges(sink);
        if (state is null)
        {
            return;
        }
        stateChanges.Clear();
        state.TakeChanges(stateChanges);
        foreach (var change in stateChanges)
        {
            sink.Changelog(topology.Changelog!, change.Input, change.Key, change.Value);
        }
    }

    private static void Commit(IProducer<byte[], byte[]> producer)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                producer.CommitTransaction(ClientTimeout);
                return;
            }
            catch (KafkaRetriableException) when (attempt < 5)
            {
                // librdkafka allows retrying a commit that timed out or hit a retriable error.
            }
        }
    }
}
