using System.Buffers;
using System.Text;
using Confluent.Kafka;
using System.Text.Json;
using StreamFilter.Core.DeadLetters;
using StreamFilter.Core.Pipeline;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The processor's sink inside the stage: every call becomes a record produced in the current
/// transaction, so outputs, audit and dead letters commit atomically with the input offsets.
/// The transaction is begun lazily, on the first record, by <see cref="BeginTransactionIfNeeded"/>.
/// Dead letters and quarantined events are sealed envelopes (the same format as the NDJSON files, so
/// `streamfilter dead-letters` reads both).
/// </summary>
internal sealed class KafkaTransactionSink : IFilterSink, IDisposable
{
    private readonly IProducer<byte[], byte[]> producer;
    private readonly TopologyOptions topology;
    private readonly DeadLetterCipher cipher;
    private readonly OutputRouter router;
    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private readonly Utf8JsonWriter json;
    private readonly JsonTextCache auditText = new();
    // Separate pools: a key and a value of the same length must not share an array.
    private readonly ExactLengthBuffers keys = new();
    private readonly ExactLengthBuffers values = new();
    // Produce copies the record and keeps no reference to these (no delivery handler), so one of each is reused.
    private readonly Message<byte[], byte[]> message = new();
    private readonly Dictionary<string, TopicPartition> anyPartition = new(StringComparer.Ordinal);
    // Confluent's Produce allocates a new Headers (and its list) for a message without any; this one
    // stays empty and is only ever read, so every untagged record shares it.
    private readonly Headers noHeaders = [];

    public KafkaTransactionSink(IProducer<byte[], byte[]> producer, TopologyOptions topology, DeadLetterCipher cipher)
    {
        this.producer = producer;
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
        Produce(router.TopicFor(filteredEventJson), keys.Utf8(key), values.Copy(filteredEventJson));

    public void Audit(AuditRecord record)
    {
        ResetJson();
        AuditRecordJson.Write(json, record, auditText);
        json.Flush();
        Produce(topology.Audit, keys.Utf8(record.EventId), values.Copy(buffer.WrittenSpan));
    }

    public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) =>
        ProduceSealed(topology.DeadLetter, DeadLetterKind.DeadLetter, raw, reason, position);

    public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position) =>
        ProduceSealed(topology.Quarantine, DeadLetterKind.Quarantine, raw, reason, position);

    public void Dispose() => json.Dispose();

    /// <summary>Writes one state change to the changelog partition that backs <paramref name="input"/>.</summary>
    public void Changelog(string topic, TopicPartition input, string key, byte[]? value)
    {
        var headers = new Headers { { RecordHeaders.InputTopic, Encoding.UTF8.GetBytes(input.Topic) } };
        BeginTransactionIfNeeded();
        Tag(headers);
        ProduceWithBackPressure(new TopicPartition(topic, input.Partition), new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes(key), Value = value!, Headers = headers });
    }

    /// <summary>Writes one user's consent state to the consent topic, keyed by user (so compaction keeps the latest).</summary>
    public void ConsentState(string topic, string userId, byte[]? value, byte[] origin)
    {
        var headers = new Headers { { RecordHeaders.Origin, origin } };
        BeginTransactionIfNeeded();
        Tag(headers);
        ProduceWithBackPressure(new TopicPartition(topic, Partition.Any), new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes(userId), Value = value!, Headers = headers });
    }

    public void BeginTransactionIfNeeded()
    {
        if (!InTransaction)
        {
            producer.BeginTransaction();
            InTransaction = true;
            // Records of one transaction carry its start as their create time: librdkafka would
            // otherwise read the clock for every record, and they all commit at one instant anyway.
            message.Timestamp = new Timestamp(DateTime.UtcNow, TimestampType.CreateTime);
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
        Produce(topic, keys.Utf8(position.ToString()), values.Copy(buffer.WrittenSpan));
    }

    private void ResetJson()
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
    }

    private void Produce(string topic, byte[] key, byte[] value)
    {
        BeginTransactionIfNeeded();
        var headers = noHeaders;
        if (TransactionTag is not null)
        {
            headers = [];
            Tag(headers);
        }
        if (!anyPartition.TryGetValue(topic, out var target))
        {
            target = new TopicPartition(topic, Partition.Any);
            anyPartition.Add(topic, target);
        }
        message.Key = key;
        message.Value = value;
        message.Headers = headers;
        ProduceWithBackPressure(target, message);
    }

    private void Tag(Headers headers)
    {
        if (TransactionTag is not null)
        {
            headers.Add(RecordHeaders.Transaction, TransactionTag);
        }
    }

    /// <summary>A full local queue is back-pressure, not an error: wait (serving client events) until acknowledged records make room.</summary>
    private void ProduceWithBackPressure(TopicPartition target, Message<byte[], byte[]> message)
    {
        while (true)
        {
            try
            {
                producer.Produce(target, message);
                Produced++;
                return;
            }
            catch (ProduceException<byte[], byte[]> ex) when (ex.Error.Code == ErrorCode.Local_QueueFull)
            {
                producer.Poll(TimeSpan.FromMilliseconds(50));
            }
        }
    }
}
