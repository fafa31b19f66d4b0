using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// Consumes through librdkafka's rd_kafka_consumer_poll on the handle of a Confluent consumer, which
/// keeps subscriptions, rebalances, seeks and commits: the poll runs the same rebalance, log, statistics
/// and error callbacks Confluent registered. Confluent's Consume allocates a ConsumeResult, a Message, a
/// topic string and a value array per record and marshals the native message; here a record stays in
/// librdkafka's buffer and is read in place (<see cref="ConsumedMessage"/>) until its owner destroys it.
/// Errors are reported as Consume reports them: partition EOF is no record, a fatal error throws, others
/// come back to the caller to log; an exception Confluent's callbacks caught is rethrown.
/// Not thread-safe: the stage thread only.
/// </summary>
internal sealed unsafe class NativeConsumer : IRecordSource, IDisposable
{
    /// <summary>RD_KAFKA_RESP_ERR__PARTITION_EOF.</summary>
    private const int PartitionEof = -191;

    /// <summary>RD_KAFKA_RESP_ERR__FATAL.</summary>
    private const int FatalError = -150;

    private readonly ConfluentClientHandle handle;

    /// <summary>Topic handles seen in records, each with a reference held so its address cannot be reused for another topic.</summary>
    private readonly Dictionary<IntPtr, string> topicNames = [];

    private NativeConsumer(ConfluentClientHandle handle) => this.handle = handle;

    public static NativeConsumer Of(IConsumer<byte[], byte[]> consumer)
    {
        Librdkafka.EnsureLoaded();
        return new NativeConsumer(ConfluentClientHandle.OfConsumer(consumer));
    }

    /// <summary>
    /// Waits up to <paramref name="timeoutMs"/> for one record. The caller destroys a returned message
    /// with <see cref="ConsumedMessage.Destroy"/>.
    /// </summary>
    /// <param name="error">Set, with no message, for a non-fatal consumer error.</param>
    /// <exception cref="KafkaException">The consumer hit a fatal error (<c>Error.IsFatal</c>), or a Confluent callback failed with it.</exception>
    /// <remarks>
    /// Never inlined: on x64 the JIT does not inline a P/Invoke into a try region and calls it through
    /// an IL stub instead, and the stage polls inside one.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public ConsumedMessage Poll(int timeoutMs, out Error? error)
    {
        error = null;
        var message = LibrdkafkaNative.rd_kafka_consumer_poll(handle.Pointer, timeoutMs);
        if (handle.TakeCallbackException() is { } caught)
        {
            if (message is not null)
            {
                LibrdkafkaNative.rd_kafka_message_destroy(message);
            }
            ExceptionDispatchInfo.Throw(caught);
        }
        if (message is null || message->Error == 0)
        {
            return new ConsumedMessage(message);
        }
        var code = message->Error;
        var reason = Marshal.PtrToStringUTF8(LibrdkafkaNative.rd_kafka_message_errstr(message));
        LibrdkafkaNative.rd_kafka_message_destroy(message);
        if (code == FatalError)
        {
            throw new KafkaException(FatalReason());
        }
        if (code != PartitionEof)
        {
            error = new Error((ErrorCode)code, reason ?? ((ErrorCode)code).ToString());
        }
        return default;
    }

    /// <summary>The topic of a record's topic handle; the name is read from librdkafka once per topic.</summary>
    public string TopicName(IntPtr rkt)
    {
        if (!topicNames.TryGetValue(rkt, out var name))
        {
            name = Marshal.PtrToStringUTF8(LibrdkafkaNative.rd_kafka_topic_name(rkt))
                ?? throw new KafkaException(new Error(ErrorCode.Local_UnknownTopic, "librdkafka returned a record without a topic name"));
            var held = LibrdkafkaNative.rd_kafka_topic_new(handle.Pointer, name, IntPtr.Zero);
            if (held != rkt)
            {
                // Records are told apart by this address: it must be the object the reference keeps alive.
                LibrdkafkaNative.rd_kafka_topic_destroy(held);
                throw new InvalidOperationException($"librdkafka {Librdkafka.Version} handed out two topic objects for one topic; the native consumer relies on one per topic (as librdkafka {Librdkafka.PinnedVersion} does).");
            }
            topicNames.Add(rkt, name);
        }
        return name;
    }

    /// <summary>The error behind RD_KAFKA_RESP_ERR__FATAL, as Confluent reports it (code and reason of the original error).</summary>
    private Error FatalReason()
    {
        var buffer = stackalloc byte[512];
        var code = LibrdkafkaNative.rd_kafka_fatal_error(handle.Pointer, buffer, 512);
        return new Error(code == 0 ? ErrorCode.Local_Fatal : (ErrorCode)code, Marshal.PtrToStringUTF8((IntPtr)buffer) ?? "fatal error", isFatal: true);
    }

    /// <summary>Releases the topic references, then the client handle. Destroy every message first.</summary>
    public void Dispose()
    {
        foreach (var rkt in topicNames.Keys)
        {
            LibrdkafkaNative.rd_kafka_topic_destroy(rkt);
        }
        topicNames.Clear();
        handle.Dispose();
    }
}
