using Confluent.Kafka;
using StreamFilter.Kafka.Stage;

namespace StreamFilter.Kafka.Tests.Support;

/// <summary>Every assignment a stage made ready (restored, about to fetch), in order; tests wait on it.</summary>
internal sealed class AssignmentLog
{
    private readonly object gate = new();
    private readonly List<List<TopicPartition>> assignments = [];

    public AssignmentLog(KafkaStage stage) => stage.PartitionsReady += partitions =>
    {
        lock (gate)
        {
            assignments.Add([.. partitions]);
            Monitor.PulseAll(gate);
        }
    };

    /// <summary>Blocks until an assignment after the first <paramref name="skip"/> ones matches; returns it.</summary>
    public List<TopicPartition> WaitFor(Func<List<TopicPartition>, bool> match, string what, int skip = 0)
    {
        var deadline = DateTime.UtcNow + StageHarness.Timeout;
        lock (gate)
        {
            while (true)
            {
                for (var i = skip; i < assignments.Count; i++)
                {
                    if (match(assignments[i]))
                    {
                        return assignments[i];
                    }
                }
                var left = deadline - DateTime.UtcNow;
                Assert.True(left > TimeSpan.Zero, $"{what}: assignments so far: {string.Join(" | ", assignments.Select(a => string.Join(',', a)))}");
                Monitor.Wait(gate, left);
            }
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return assignments.Count;
            }
        }
    }
}
