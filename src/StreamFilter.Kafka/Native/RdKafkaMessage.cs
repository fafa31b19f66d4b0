using System.Runtime.InteropServices;

namespace StreamFilter.Kafka.Native;

/// <summary>librdkafka's rd_kafka_message_t (rdkafka.h), read in place: never copied, never marshalled.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct RdKafkaMessage
{
    /// <summary>Non-zero: an error event, and <see cref="Payload"/> holds its description.</summary>
    public readonly int Error;
    public readonly IntPtr Topic;
    public readonly int Partition;
    public readonly IntPtr Payload;
    public readonly nuint Length;
    public readonly IntPtr Key;
    public readonly nuint KeyLength;
    public readonly long Offset;
    private readonly IntPtr privateData;
}
