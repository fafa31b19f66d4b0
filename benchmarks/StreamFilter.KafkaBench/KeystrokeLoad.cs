using System.Globalization;
using System.Text;
using System.Text.Json;
using StreamFilter.Benchmarks;
using Confluent.Kafka;

namespace StreamFilter.KafkaBench;

/// <summary>
/// Writes the bench input: the seeded typing stream of the keystroke benchmarks (200 people typing at
/// once, typos, pauses, an identifier in one sentence in six), keyed by user so a session stays in
/// one partition and in order.
/// </summary>
internal static class KeystrokeLoad
{
    /// <summary>Produces <paramref name="events"/> typing events to <paramref name="topic"/> and checks the mock kept them all.</summary>
    public static void Load(string bootstrapServers, string topic, int seed, int events, int partitions)
    {
        Produce(bootstrapServers, topic, seed, events);
        VerifyComplete(bootstrapServers, topic, partitions, events);
    }

    private static void Produce(string bootstrapServers, string topic, int seed, int events)
    {
        // Compressed as a recorder fleet would send it, and so that the mock broker's 5 MiB partitions hold it.
        var config = new ProducerConfig { BootstrapServers = bootstrapServers, LingerMs = 20, EnableIdempotence = true, CompressionType = CompressionType.Lz4 };
        using var producer = new ProducerBuilder<byte[], byte[]>(config).Build();
        foreach (var e in TypingStream.Generate(seed, sessions: 200, events))
        {
            var ts = e.Timestamp.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
            var json = $$"""{"type":"keystroke","event_id":"{{e.EventId}}","user_id":"{{e.UserId}}","ts":"{{ts}}","app":"{{e.App}}","window_title":"{{e.WindowTitle}}","device_id":"{{e.Session.DeviceId}}","session_id":"{{e.Session.SessionId}}","seq":{{e.Seq}},"key":{{JsonSerializer.Serialize(e.Key)}},"field":"text"}""";
            var message = new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes(e.UserId), Value = Encoding.UTF8.GetBytes(json) };
            while (true)
            {
                try
                {
                    producer.Produce(topic, message);
                    break;
                }
                catch (ProduceException<byte[], byte[]> ex) when (ex.Error.Code == ErrorCode.Local_QueueFull)
                {
                    producer.Poll(TimeSpan.FromMilliseconds(10));
                }
            }
        }
        producer.Flush(TimeSpan.FromMinutes(5));
    }

    /// <summary>
    /// Fails when the mock broker already deleted part of the input (see <see cref="BenchTopics.PartitionsFor"/>):
    /// a stage waiting for records that no longer exist would otherwise wait forever.
    /// </summary>
    private static void VerifyComplete(string bootstrapServers, string topic, int partitions, int events)
    {
        var config = new ConsumerConfig { BootstrapServers = bootstrapServers, GroupId = "bench-verify" };
        using var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        long total = 0;
        for (var p = 0; p < partitions; p++)
        {
            var marks = consumer.QueryWatermarkOffsets(new TopicPartition(topic, p), TimeSpan.FromSeconds(30));
            if (marks.Low.Value != 0)
            {
                throw new InvalidOperationException($"{topic} partition {p}: the mock broker deleted offsets 0..{marks.Low.Value - 1} (5 MiB per-partition limit); use more partitions");
            }
            total += marks.High.Value;
        }
        if (total != events)
        {
            throw new InvalidOperationException($"{topic} holds {total} records, expected {events}");
        }
    }
}
