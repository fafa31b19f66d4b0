using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests;

/// <summary>Processor state goes to the changelog in each transaction and comes back on assignment.</summary>
public sealed class ChangelogTests
{
    [Fact]
    public async Task A_new_instance_restores_the_state_of_its_partitions_before_processing()
    {
        using var harness = new StageHarness();
        var input = ExactlyOnceTests.Inputs(300);
        harness.ProduceInput(input.Select(e => (e.User, e.Value)));
        var first = new CountingStatefulProcessor();
        await ExactlyOnceTests.RunUntilCommitted(harness.NewStage(processor: first, state: first), input.Count);
        var before = first.Dropped;
        Assert.Equal(input.Count, before.Values.Sum());

        var second = new CountingStatefulProcessor();
        var stage = harness.NewStage("b", processor: second, state: second);
        var restored = new TaskCompletionSource<Dictionary<(Confluent.Kafka.TopicPartition, string), int>>();
        stage.PartitionsReady += _ => restored.TrySetResult(second.Snapshot());
        await using (new RunningStage(stage))
        {
            var snapshot = await restored.Task.WaitAsync(StageHarness.Timeout);
            Assert.Equal(before.OrderBy(p => p.Key.ToString()), snapshot.OrderBy(p => p.Key.ToString()));
        }
    }
}
