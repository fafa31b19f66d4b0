using System.Runtime.InteropServices;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// One rd_kafka_vu_t (rdkafka.h) of an rd_kafka_produceva call: a type tag and a 64-byte union that
/// starts at offset 8. Which of A, B, C a type uses follows the RD_KAFKA_V_* macros.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 72)]
internal struct RdKafkaVu
{
    public const int TopicHandle = 2;
    public const int Partition = 3;
    public const int Value = 4;
    public const int Key = 5;
    public const int MessageFlags = 7;
    public const int Timestamp = 8;
    public const int Header = 9;

    [FieldOffset(0)]
    public int Type;

    /// <summary>Pointer or integer: rkt, partition (int32), flags (int), timestamp (int64), value/key/header name pointer.</summary>
    [FieldOffset(8)]
    public long A;

    /// <summary>value/key size, header value pointer.</summary>
    [FieldOffset(16)]
    public long B;

    /// <summary>header value size (ssize_t).</summary>
    [FieldOffset(24)]
    public long C;

    public static RdKafkaVu Of(int type, long a, long b = 0, long c = 0) => new() { Type = type, A = a, B = b, C = c };
}
