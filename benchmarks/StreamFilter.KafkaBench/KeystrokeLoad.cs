using System.Text;
using Confluent.Kafka;

namespace StreamFilter.KafkaBench;

/// <summary>Writes the bench input: keystroke events of 50 interleaved typing sessions, keyed by user.</summary>
internal static class KeystrokeLoad
{
    public static void Produce(string bootstrapServers, int events)
    {
        // Compressed as a recorder fleet would send it, and so that the mock broker's 5 MiB partitions hold it.
        var config = new ProducerConfig { BootstrapServers = bootstrapServers, LingerMs = 20, EnableIdempotence = true, CompressionType = CompressionType.Lz4 };
        using var producer = new ProducerBuilder<byte[], byte[]>(config).Build();
        for (var i = 0; i < events; i++)
        {
            var session = i % 50;
            var key = (char)('a' + (i % 26));
            var json = $$"""{"type":"keystroke","event_id":"k{{i}}","user_id":"u{{session}}","ts":"2026-06-01T09:00:00Z","device_id":"d{{session}}","session_id":"s{{session}}","seq":{{i}},"key":"{{key}}","app":"Code","field":"text"}""";
            var message = new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes($"u{session}"), Value = Encoding.UTF8.GetBytes(json) };
            while (true)
            {
                try
                {
                    producer.Produce(BenchTopics.Input, message);
                    break;
                }
                catch (ProduceException<byte[], byte[]> e) when (e.Error.Code == ErrorCode.Local_QueueFull)
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
    public static void VerifyComplete(string bootstrapServers, int partitions, int events)
    {
        var config = new ConsumerConfig { BootstrapServers = bootstrapServers, GroupId = "bench-verify" };
        using var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        long total = 0;
        for (var p = 0; p < partitions; p++)
        {
            var marks = consumer.QueryWatermarkOffsets(new TopicPartition(BenchTopics.Input, p), TimeSpan.FromSeconds(30));
            if (marks.Low.Value != 0)
            {
                throw new InvalidOperationException($"partition {p}: the mock broker deleted offsets 0..{marks.Low.Value - 1} (5 MiB per-partition limit); use more partitions");
            }
            total += marks.High.Value;
        }
        if (total != events)
        {
            throw new InvalidOperationException($"input holds {total} records, expected {events}");
        }
    }
}
