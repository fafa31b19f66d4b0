using System.Runtime.CompilerServices;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// A record polled by <see cref="NativeConsumer"/>, still in librdkafka's memory: read it in place,
/// then <see cref="Destroy"/> it exactly once. Default (no record) when the poll returned none.
/// </summary>
internal readonly unsafe struct ConsumedMessage
{
    private readonly RdKafkaMessage* message;

    public ConsumedMessage(RdKafkaMessage* message) => this.message = message;

    public bool IsNone => message is null;

    /// <summary>The topic handle: stable per topic, see <see cref="NativeConsumer.TopicName"/>.</summary>
    public IntPtr Topic => message->Topic;

    public int Partition => message->Partition;

    public long Offset => message->Offset;

    /// <summary>The value, empty for a null value; valid until <see cref="Destroy"/>.</summary>
    public ReadOnlySpan<byte> Value => new((void*)message->Payload, checked((int)message->Length));

    /// <summary>The key bytes (empty for a null key); valid until <see cref="Destroy"/>.</summary>
    public ReadOnlySpan<byte> Key => new((void*)message->Key, checked((int)message->KeyLength));

    /// <summary>Hands the buffer back to librdkafka.</summary>
    /// <remarks>
    /// Never inlined: the stage releases records inside its transaction's try block, where the JIT
    /// would call the P/Invoke through an IL stub instead of inlining the transition (x64).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Destroy() => LibrdkafkaNative.rd_kafka_message_destroy(message);
}
