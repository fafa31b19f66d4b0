using Confluent.Kafka;
using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests;

/// <summary>
/// Where a restarted stage resumes on the mock cluster: nowhere without kafka.commit_offsets_after_transaction
/// (the mock drops the offsets a transaction commits), after the last committed batch with it.
/// </summary>
public sealed class GroupOffsetTests
{
    [Fact]
    public async Task The_mock_cluster_keeps_no_offsets_committed_in_transactions()
    {
        using var harness = new StageHarness();
        harness.Topology.Kafka.CommitOffsetsAfterTransaction = false;
        var input = ExactlyOnceTests.Inputs(200);
        harness.ProduceInput(input.Select(e => (e.User, e.Value)));

        var stage = harness.NewStage();
        await ExactlyOnceTests.RunUntilCommitted(stage, input.Count);

        // Every batch went through SendOffsetsToTransaction and CommitTransaction without an error, yet
        // the group has no offset: a real broker would hold the end of the input here. If a newer
        // librdkafka's mock keeps them, this fails and the setting can go.
        Assert.True(stage.Counters.CommittedTransactions > 0);
        Assert.All(harness.CommittedOffsets("input"), offset => Assert.Equal(Offset.Unset, offset.Offset));
    }

    [Fact]
    public async Task With_the_group_offset_commit_a_restarted_stage_resumes_after_the_last_committed_batch()
    {
        using var harness = new StageHarness();
        var input = ExactlyOnceTests.Inputs(200);
        harness.ProduceInput(input.Select(e => (e.User, e.Value)));
        await ExactlyOnceTests.RunUntilCommitted(harness.NewStage(), input.Count);
        var ends = harness.EndOffsets("input");
        Assert.Equal(ends.Select(e => e.Offset), harness.CommittedOffsets("input").Select(c => c.Offset));

        var more = ExactlyOnceTests.Inputs(100, startAt: input.Count);
        harness.ProduceInput(more.Select(e => (e.User, e.Value)));
        var restarted = harness.NewStage();
        await ExactlyOnceTests.RunUntilCommitted(restarted, more.Count);

        // The restarted stage read only the new input: nothing of the first run came out twice.
        Assert.Equal(more.Count, restarted.Counters.CommittedRecords);
        input.AddRange(more);
        ExactlyOnceTests.AssertExactlyOnce(harness, input);
    }
}
