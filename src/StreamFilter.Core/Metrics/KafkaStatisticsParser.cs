using System.Text.Json;

namespace StreamFilter.Core.Metrics;

/// <summary>
/// Reads the per-partition consumer lag out of librdkafka's statistics JSON (the payload of the
/// statistics callback, every <c>statistics.interval.ms</c>): <c>topics.{name}.partitions.{id}.consumer_lag</c>.
/// Everything else in the (large) document is skipped without being materialised. No Kafka types are
/// needed, so the parser lives in Core and is tested without a client.
/// </summary>
public static class KafkaStatisticsParser
{
    /// <summary>
    /// Appends one entry per partition with a known lag: the end offset (last stable offset for
    /// read_committed) minus <c>app_offset</c> when both are known, else <c>consumer_lag</c>. librdkafka reports -1 for partitions it does
    /// not fetch (not assigned, lag unknown) and lists an internal "unassigned" partition -1; both are
    /// left out so a dashboard never shows a made-up lag.
    /// </summary>
    /// <exception cref="JsonException">The payload is not JSON or not shaped like librdkafka statistics.</exception>
    public static void ParseConsumerLag(ReadOnlySpan<byte> utf8Json, List<PartitionLag> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var reader = new Utf8JsonReader(utf8Json);
        Expect(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            bool isTopics = reader.ValueTextEquals("topics"u8);
            reader.Read();
            if (isTopics)
            {
                ReadTopics(ref reader, into);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadTopics(ref Utf8JsonReader reader, List<PartitionLag> into)
    {
        RequireCurrent(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            string topic = reader.GetString()!;
            Expect(ref reader, JsonTokenType.StartObject);
            while (NextProperty(ref reader))
            {
                bool isPartitions = reader.ValueTextEquals("partitions"u8);
                reader.Read();
                if (isPartitions)
                {
                    ReadPartitions(ref reader, topic, into);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
    }

    private static void ReadPartitions(ref Utf8JsonReader reader, string topic, List<PartitionLag> into)
    {
        RequireCurrent(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            Expect(ref reader, JsonTokenType.StartObject);
            long partition = -1;
            long lag = -1;
            long appOffset = -1;
            long stableOffset = -1;
            long highOffset = -1;
            while (NextProperty(ref reader))
            {
                var field = reader.ValueTextEquals("partition"u8) ? 1
                    : reader.ValueTextEquals("consumer_lag"u8) ? 2
                    : reader.ValueTextEquals("app_offset"u8) ? 3
                    : reader.ValueTextEquals("ls_offset"u8) ? 4
                    : reader.ValueTextEquals("hi_offset"u8) ? 5
                    : 0;
                reader.Read();
                switch (field)
                {
                    case 1: partition = ReadInt64(ref reader); break;
                    case 2: lag = ReadInt64(ref reader); break;
                    case 3: appOffset = ReadInt64(ref reader); break;
                    case 4: stableOffset = ReadInt64(ref reader); break;
                    case 5: highOffset = ReadInt64(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            // consumer_lag counts from the committed offset, which librdkafka does not learn from
            // transactional commits (SendOffsetsToTransaction), so an exactly-once consumer's is stale or
            // -1. The position the application has consumed to is what lags behind the end: read_committed
            // ends at the last stable offset, otherwise at the high watermark.
            var end = stableOffset >= 0 ? stableOffset : highOffset;
            if (appOffset >= 0 && end >= appOffset)
            {
                lag = end - appOffset;
            }

            if (partition is >= 0 and <= int.MaxValue && lag >= 0)
            {
                into.Add(new PartitionLag(topic, (int)partition, lag));
            }
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("Kafka statistics: unexpected end of document.");
        }

        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new JsonException($"Kafka statistics: expected a property, found {reader.TokenType}."),
        };
    }

    private static long ReadInt64(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value)
            ? value
            : throw new JsonException($"Kafka statistics: expected an integer, found {reader.TokenType}.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read())
        {
            throw new JsonException("Kafka statistics: unexpected end of document.");
        }

        RequireCurrent(ref reader, type);
    }

    private static void RequireCurrent(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Kafka statistics: expected {type}, found {reader.TokenType}.");
        }
    }
}
