using Confluent.Kafka;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The stage never reads input record keys (sessions come from the event itself; partitioning is the
/// producer's business), so it does not copy each one into a new array as the default deserializer would.
/// </summary>
internal sealed class UnreadKeyDeserializer : IDeserializer<byte[]>
{
    public static UnreadKeyDeserializer Instance { get; } = new();

    public byte[] Deserialize(ReadOnlySpan<byte> data, bool isNull, SerializationContext context) => [];
}
