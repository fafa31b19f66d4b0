using System.Buffers;
using System.Text;
using Confluent.Kafka;
using StreamFilter.Core.Pipeline;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The processor's sink inside the stage: every call becomes a record produced in the current
/// transaction, so outputs, audit and dead letters commit atomically with the input offsets.
/// The transaction is begun lazily, on the first record, by <see cref="BeginTransactionIfNeeded"/>.
/// </summary>
internal sealed class KafkaTransactionSink(IProducer<byte[], byte[]> producer, TopologyOptions topology, IRecordSealer sealer) : IFilterSink
{
    private readonly OutputRouter router = new(topology.Outputs);
    private readonly ArrayBufferWriter<byte> auditBuffer = new(512);

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
        Produce(router.TopicFor(filteredEventJson), Encoding.UTF8.GetBytes(key), filteredEventJson.ToArray(), null);

    public void Audit(AuditRecord record) =>
        Produce(topology.Audit, Encoding.UTF8.GetBytes(record.EventId), AuditRecordJson.Serialize(record, auditBuffer), null);

    public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) =>
        ProduceSealed(topology.DeadLetter, raw, reason, position);

    public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position) =>
        ProduceSealed(topology.Quarantine, raw, reason, position);

    /// <summary>Writes one state change to the changelog partition that backs <paramref name="input"/>.</summary>
    public void Changelog(string topic, TopicPartition input, string key, byte[]? value)
    {
        var headers = new Headers { { RecordHeaders.InputTopic, Encoding.UTF8.GetBytes(input.Topic) } };
        BeginTransactionIfNeeded();
        Tag(headers);
        ProduceWithBackPressure(new TopicPartition(topic, input.Partition), new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes(key), Value = value!, Headers = headers });
    }

    public void BeginTransactionIfNeeded()
    {
        if (!InTransaction)
        {
            producer.BeginTransaction();
            InTransaction = true;
        }
    }

    /// <summary>Called after the transaction committed or aborted.</summary>
    public void TransactionEnded()
    {
        InTransaction = false;
        Produced = 0;
    }

    private void ProduceSealed(string topic, ReadOnlySpan<byte> raw, string reason, SourcePosition position)
    {
        var source = Encoding.UTF8.GetBytes(position.ToString());
        var headers = new Headers
        {
            { RecordHeaders.Reason, Encoding.UTF8.GetBytes(reason) },
            { RecordHeaders.Source, source },
        };
        Produce(topic, source, sealer.Seal(raw, source), headers);
    }

    private void Produce(string topic, byte[] key, byte[] value, Headers? headers)
    {
        BeginTransactionIfNeeded();
        if (TransactionTag is not null)
        {
            headers ??= [];
            Tag(headers);
        }
        ProduceWithBackPressure(new TopicPartition(topic, Partition.Any), new Message<byte[], byte[]> { Key = key, Value = value, Headers = headers });
    }

    private void Tag(Headers headers)
    {
        if (TransactionTag is not null)
        {
            headers.Add(RecordHeaders.Transaction, TransactionTag);
        }
    }

    /// <summary>A full local queue is back-pressure, not an error: serve delivery reports until there is room.</summary>
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
