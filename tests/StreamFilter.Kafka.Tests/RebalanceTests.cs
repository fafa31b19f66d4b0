using System.Text;
using System.Text.Json;
using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests;

/// <summary>
/// Two instances of one group: the second joins while the first runs, then the first leaves while both
/// are busy. Each rebalance hands partitions over between batches, at the committed offsets, so every
/// input event is forwarded or dead-lettered and audited exactly once, in order per user.
/// </summary>
public sealed class RebalanceTests
{
    [Fact]
    public async Task An_instance_joining_and_another_leaving_mid_run_duplicate_and_lose_nothing()
    {
        using var harness = new StageHarness();
        var input = new List<ExactlyOnceTests.TestEvent>();
        void Produce(int count)
        {
            var events = ExactlyOnceTests.Inputs(count, startAt: input.Count);
            harness.ProduceInput(events.Select(e => (e.User, e.Value)));
            input.AddRange(events);
        }

        var a = harness.NewStage("a");
        var b = harness.NewStage("b");
        var assignedA = new AssignmentLog(a);
        var assignedB = new AssignmentLog(b);
        Produce(600);
        var runningA = new RunningStage(a);
        await using var runningB = new RunningStage(b, start: false);
        try
        {
            assignedA.WaitFor(p => p.Count == StageHarness.Partitions, "a never got every partition");
            // B joins once A has committed what was there. The mock refuses group offset commits while the
            // group is joining (REBALANCE_IN_PROGRESS); a batch A committed in that instant would have its
            // offsets stored by a real broker (with the transaction) but not by the mock, and the partition
            // moving to B would be read again from the previous offset. An idle A keeps the mock out of it.
            runningA.WaitForCommitted(input.Count, "a did not process the first input");
            runningB.Start();
            var ofB = assignedB.WaitFor(p => p.Count is > 0 and < StageHarness.Partitions, "b never got a share of the partitions");
            var ofA = assignedA.WaitFor(p => p.Count is > 0 and < StageHarness.Partitions, "a never gave up partitions to b", skip: 1);
            Assert.Empty(ofA.Intersect(ofB));

            Produce(900);
            Assert.True(b.Counters.WaitForCommittedRecords(1, StageHarness.Timeout), "b committed nothing of its share");
            // Both are busy with this input when A leaves: A commits its last batch and leaves the group
            // (a graceful stop); B's fetched but unprocessed records are dropped on revocation and read
            // again from the committed offsets of its new, complete assignment.
            Produce(3000);
            await runningA.DisposeAsync();
            var readyB = assignedB.Count;
            assignedB.WaitFor(p => p.Count == StageHarness.Partitions, "b never took over a's partitions", skip: readyB - 1);
            Produce(600);
            harness.WaitForInputCommitted(b.Counters, "b did not finish the input");
        }
        finally
        {
            await runningA.DisposeAsync();
        }
        await runningB.DisposeAsync();

        Assert.Equal(input.Count, a.Counters.CommittedRecords + b.Counters.CommittedRecords);
        Assert.True(a.Counters.CommittedRecords > 0 && b.Counters.CommittedRecords > 0, "both instances should have processed part of the input");
        ExactlyOnceTests.AssertExactlyOnce(harness, input);
        AssertOrderPerUser(harness);
    }

    /// <summary>A user's events share an input partition; their outputs must come out in the order they went in.</summary>
    private static void AssertOrderPerUser(StageHarness harness)
    {
        var lastByUser = new Dictionary<string, int>();
        foreach (var message in harness.Read("output"))
        {
            var user = Encoding.UTF8.GetString(message.Key);
            var index = int.Parse(JsonDocument.Parse(message.Value).RootElement.GetProperty("event_id").GetString()![1..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(!lastByUser.TryGetValue(user, out var last) || last < index, $"user {user}: event {index} came out after {last}");
            lastByUser[user] = index;
        }
    }
}
