using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Confluent.Kafka;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// Produces through librdkafka's rd_kafka_produceva on the handle of a Confluent producer, which keeps
/// everything else (transactions, flush, fatal errors). Confluent's Produce pins two GCHandles, marshals
/// the topic name and builds a native header list for every record; here key and value are spans pinned
/// for the call, topics are native topic handles looked up once, and librdkafka copies the bytes before
/// returning (RD_KAFKA_MSG_F_COPY), so callers may reuse their buffers at once. In a transaction,
/// librdkafka adds each record's partition to it by itself. No delivery reports are requested.
/// Not thread-safe: the stage thread only.
/// </summary>
internal sealed unsafe class NativeProducer : IDisposable
{
    /// <summary>
    /// A non-null address for empty keys and values: a null pointer would produce a null key or value
    /// (a tombstone), which is not what an empty one is. Pinned for the process's lifetime.
    /// </summary>
    private static readonly byte[] EmptyTarget = GC.AllocateArray<byte>(1, pinned: true);

    private readonly ConfluentClientHandle handle;
    private readonly Dictionary<string, IntPtr> topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> headerNames = new(StringComparer.Ordinal);
    // The two most recent topics, checked by reference: the stage alternates between an output and the
    // audit topic, so a single entry missed on every record and hashed the name instead.
    private string? lastTopic;
    private IntPtr lastTopicHandle;
    private string? previousTopic;
    private IntPtr previousTopicHandle;

    private NativeProducer(ConfluentClientHandle handle) => this.handle = handle;

    public static NativeProducer Of(IProducer<byte[], byte[]> producer)
    {
        Librdkafka.EnsureLoaded();
        return new NativeProducer(ConfluentClientHandle.OfProducer(producer));
    }

    /// <summary>
    /// Queues one record. <paramref name="partition"/> -1 lets the partitioner choose (by key);
    /// <paramref name="timestampMs"/> 0 stamps it with the current time.
    /// </summary>
    /// <returns>null when queued; otherwise the error (queue full is one: serve the client with <see cref="Poll"/> and retry).</returns>
    /// <remarks>The argument array is not zeroed (432 bytes per record): only the entries written are passed.</remarks>
    [SkipLocalsInit]
    public Error? TryProduce(string topic, int partition, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value, bool nullValue, long timestampMs, ReadOnlySpan<NativeHeader> headers = default)
    {
        var rkt = TopicHandle(topic);
        var vus = stackalloc RdKafkaVu[6 + headers.Length];
        var count = 0;
        fixed (byte* emptyTarget = EmptyTarget)
        fixed (byte* keyBytes = key)
        fixed (byte* valueBytes = value)
        {
            vus[count++] = RdKafkaVu.Of(RdKafkaVu.TopicHandle, rkt);
            vus[count++] = RdKafkaVu.Of(RdKafkaVu.Partition, partition);
            vus[count++] = RdKafkaVu.Of(RdKafkaVu.MessageFlags, LibrdkafkaNative.CopyPayload);
            vus[count++] = RdKafkaVu.Of(RdKafkaVu.Key, (long)(key.IsEmpty ? emptyTarget : keyBytes), key.Length);
            vus[count++] = RdKafkaVu.Of(RdKafkaVu.Value, nullValue ? 0 : (long)(value.IsEmpty ? emptyTarget : valueBytes), nullValue ? 0 : value.Length);
            if (timestampMs != 0)
            {
                vus[count++] = RdKafkaVu.Of(RdKafkaVu.Timestamp, timestampMs);
            }
            return headers.IsEmpty ? Produce(vus, count) : ProduceWithHeaders(vus, count, headers);
        }
    }

    /// <summary>Serves the producer's queue for up to <paramref name="timeoutMs"/>: acknowledged records free room in a full queue.</summary>
    public void Poll(int timeoutMs) => LibrdkafkaNative.rd_kafka_poll(handle.Pointer, timeoutMs);

    private Error? Produce(RdKafkaVu* vus, int count)
    {
        var error = LibrdkafkaNative.rd_kafka_produceva(handle.Pointer, vus, (nuint)count);
        return error == IntPtr.Zero ? null : TakeError(error);
    }

    /// <summary>Records with headers are rare (changelog, consent, test tags): their header bytes are pinned with handles.</summary>
    private Error? ProduceWithHeaders(RdKafkaVu* vus, int count, ReadOnlySpan<NativeHeader> headers)
    {
        var pins = new GCHandle[headers.Length * 2];
        try
        {
            for (var i = 0; i < headers.Length; i++)
            {
                pins[2 * i] = GCHandle.Alloc(HeaderName(headers[i].Name), GCHandleType.Pinned);
                pins[(2 * i) + 1] = GCHandle.Alloc(headers[i].Value, GCHandleType.Pinned);
                vus[count++] = RdKafkaVu.Of(RdKafkaVu.Header, pins[2 * i].AddrOfPinnedObject(), pins[(2 * i) + 1].AddrOfPinnedObject(), headers[i].Value.Length);
            }
            return Produce(vus, count);
        }
        finally
        {
            foreach (var pin in pins)
            {
                if (pin.IsAllocated)
                {
                    pin.Free();
                }
            }
        }
    }

    private IntPtr TopicHandle(string topic)
    {
        if (ReferenceEquals(topic, lastTopic))
        {
            return lastTopicHandle;
        }
        if (ReferenceEquals(topic, previousTopic))
        {
            (previousTopic, previousTopicHandle, lastTopic, lastTopicHandle) = (lastTopic, lastTopicHandle, previousTopic, previousTopicHandle);
            return lastTopicHandle;
        }
        if (!topics.TryGetValue(topic, out var rkt))
        {
            rkt = LibrdkafkaNative.rd_kafka_topic_new(handle.Pointer, topic, IntPtr.Zero);
            if (rkt == IntPtr.Zero)
            {
                throw new KafkaException(new Error(ErrorCode.Local_UnknownTopic, $"librdkafka refused a handle for topic {topic}"));
            }
            topics.Add(topic, rkt);
        }
        (previousTopic, previousTopicHandle) = (lastTopic, lastTopicHandle);
        lastTopic = topic;
        lastTopicHandle = rkt;
        return rkt;
    }

    /// <summary>NUL-terminated UTF-8, as librdkafka reads header names.</summary>
    private byte[] HeaderName(string name)
    {
        if (!headerNames.TryGetValue(name, out var bytes))
        {
            bytes = new byte[Encoding.UTF8.GetByteCount(name) + 1];
            Encoding.UTF8.GetBytes(name, bytes);
            headerNames.Add(name, bytes);
        }
        return bytes;
    }

    private static Error TakeError(IntPtr error)
    {
        try
        {
            var code = (ErrorCode)LibrdkafkaNative.rd_kafka_error_code(error);
            var reason = Marshal.PtrToStringUTF8(LibrdkafkaNative.rd_kafka_error_string(error)) ?? code.ToString();
            return new Error(code, reason, LibrdkafkaNative.rd_kafka_error_is_fatal(error) != 0);
        }
        finally
        {
            LibrdkafkaNative.rd_kafka_error_destroy(error);
        }
    }

    /// <summary>Releases the topic handles, then the client handle (the client itself belongs to its owner).</summary>
    public void Dispose()
    {
        foreach (var rkt in topics.Values)
        {
            LibrdkafkaNative.rd_kafka_topic_destroy(rkt);
        }
        topics.Clear();
        lastTopic = null;
        previousTopic = null;
        handle.Dispose();
    }
}
