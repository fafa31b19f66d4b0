using System.Buffers;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using StreamFilter.Core.DeadLetters;
using StreamFilter.Core.Pipeline;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The processor's sink inside the stage: every call becomes a record produced in the current
/// transaction, so outputs, audit and dead letters commit atomically with the input offsets.
/// The transaction is begun lazily, on the first record, by <see cref="BeginTransactionIfNeeded"/>.
/// Dead letters and quarantined events are sealed envelopes (the same format as the NDJSON files, so
/// `streamfilter dead-letters` reads both). Records go out through <see cref="NativeProducer"/> on the
/// transactional producer's own handle, so they belong to the transaction Confluent began.
/// </summary>
internal sealed class KafkaTransactionSink : IFilterSink, IDisposable
{
    private readonly IProducer<byte[], byte[]> producer;
    private readonly NativeProducer native;
    private readonly TopologyOptions topology;
    private readonly DeadLetterCipher cipher;
    private readonly OutputRouter router;
    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private readonly Utf8JsonWriter json;
    private readonly JsonTextCache auditText = new();
    // librdkafka copies keys before produce returns, so one buffer serves every key.
    private byte[] keyBuffer = new byte[256];
    // Records of one transaction carry its start as their create time: librdkafka would otherwise
    // read the clock for every record, and they all commit at one instant anyway.
    private long transactionTimestampMs;

    public KafkaTransactionSink(IProducer<byte[], byte[]> producer, NativeProducer native, TopologyOptions topology, DeadLetterCipher cipher)
    {
        this.producer = producer;
        this.native = native;
        this.topology = topology;
        this.cipher = cipher;
        router = new OutputRouter(topology.Outputs);
        json = new Utf8JsonWriter(buffer, AuditRecordJson.WriterOptions);
    }

    /// <summary>Whether the current batch has an open transaction.</summary>
    public bool InTransaction { get; private set; }

    /// <summary>Records produced in the open transaction (reset on commit/abort).</summary>
    public int Produced { get; private set; }

    /// <summary>
    /// When set, every record carries <see cref="RecordHeaders.Transaction"/> with this value. Only for
    /// verification against librdkafka's mock cluster, which leaves aborted records visible to
    /// read_committed readers: tests use the tag to filter them out as a real broker would.
    /// </summary>
    public byte[]? TransactionTag { get; set; }

    public void Forward(string key, ReadOnlySpan<byte> filteredEventJson) =>
        Produce(router.TopicFor(filteredEventJson), key, filteredEventJson);

    /// <summary>
    /// False: <see cref="Audit"/> writes the record's JSON and produces it (librdkafka copies) before
    /// returning, so the processor may refill one record per event instead of allocating one.
    /// </summary>
    public bool KeepsAuditRecords => false;

    public void Audit(AuditRecord record)
    {
        ResetJson();
        AuditRecordJson.Write(json, record, auditText);
        json.Flush();
        Produce(topology.Audit, record.EventId, buffer.WrittenSpan);
    }

    public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) =>
        ProduceSealed(topology.DeadLetter, DeadLetterKind.DeadLetter, raw, reason, position);

    public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position) =>
        ProduceSealed(topology.Quarantine, DeadLetterKind.Quarantine, raw, reason, position);

    public void Dispose() => json.Dispose();

    /// <summary>Writes one state change to the changelog partition that backs <paramref name="input"/>.</summary>
    public void Changelog(string topic, TopicPartition input, string key, byte[]? value) =>
        ProduceWithHeader(topic, input.Partition, key, value, new NativeHeader(RecordHeaders.InputTopic, Encoding.UTF8.GetBytes(input.Topic)));

    /// <summary>Writes one user's consent state to the consent topic, keyed by user (so compaction keeps the latest).</summary>
    public void ConsentState(string topic, string userId, byte[]? value, byte[] origin) =>
        ProduceWithHeader(topic, LibrdkafkaNative.AnyPartition, userId, value, new NativeHeader(RecordHeaders.Origin, origin));

    public void BeginTransactionIfNeeded()
    {
        if (!InTransaction)
        {
            producer.BeginTransaction();
            InTransaction = true;
            transactionTimestampMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        }
    }

    /// <summary>Called after the transaction committed or aborted.</summary>
    public void TransactionEnded()
    {
        InTransaction = false;
        Produced = 0;
    }

    private void ProduceSealed(string topic, DeadLetterKind kind, ReadOnlySpan<byte> raw, string reason, SourcePosition position)
    {
        ResetJson();
        DeadLetterEnvelopeJson.Write(json, cipher.Seal(raw, kind, reason, position));
        json.Flush();
        Produce(topic, position.ToString(), buffer.WrittenSpan);
    }

    private void ResetJson()
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
    }

    private void Produce(string topic, string key, ReadOnlySpan<byte> value)
    {
        BeginTransactionIfNeeded();
        ReadOnlySpan<NativeHeader> headers = TransactionTag is { } tag ? [new NativeHeader(RecordHeaders.Transaction, tag)] : [];
        ProduceWithBackPressure(topic, LibrdkafkaNative.AnyPartition, Utf8(key), value, nullValue: false, headers);
    }

    /// <summary>A table record (changelog, consent): a null <paramref name="value"/> is a tombstone.</summary>
    private void ProduceWithHeader(string topic, int partition, string key, byte[]? value, NativeHeader header)
    {
        BeginTransactionIfNeeded();
        ReadOnlySpan<NativeHeader> headers = TransactionTag is { } tag ? [header, new NativeHeader(RecordHeaders.Transaction, tag)] : [header];
        ProduceWithBackPressure(topic, partition, Utf8(key), value, nullValue: value is null, headers);
    }

    /// <summary>The UTF-8 of <paramref name="key"/> in the reused key buffer; valid until the next call.</summary>
    private ReadOnlySpan<byte> Utf8(string key)
    {
        if (key.Length * 3 > keyBuffer.Length)
        {
            keyBuffer = new byte[Encoding.UTF8.GetMaxByteCount(key.Length)];
        }
        return keyBuffer.AsSpan(0, Encoding.UTF8.GetBytes(key, keyBuffer));
    }

    /// <summary>A full local queue is back-pressure, not an error: wait (serving client events) until acknowledged records make room.</summary>
    private void ProduceWithBackPressure(string topic, int partition, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value, bool nullValue, ReadOnlySpan<NativeHeader> headers)
    {
        while (true)
        {
            var error = native.TryProduce(topic, partition, key, value, nullValue, transactionTimestampMs, headers);
            if (error is null)
            {
                Produced++;
                return;
            }
            if (error.Code != ErrorCode.Local_QueueFull)
            {
                // Like Confluent's Produce: the batch aborts (or, if fatal, the stage stops).
                throw new KafkaException(error);
            }
            native.Poll(50);
        }
    }
}
