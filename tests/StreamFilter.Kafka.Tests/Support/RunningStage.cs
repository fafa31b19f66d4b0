using StreamFilter.Kafka.Stage;

namespace StreamFilter.Kafka.Tests.Support;

/// <summary>A stage running in the background; disposing stops it gracefully and surfaces its failure.</summary>
internal sealed class RunningStage : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();

    public RunningStage(KafkaStage stage)
    {
        Stage = stage;
        Run = stage.RunAsync(stop.Token);
    }

    public KafkaStage Stage { get; }

    public Task Run { get; }

    public void WaitForCommitted(long records, string what) =>
        Assert.True(Stage.Counters.WaitForCommittedRecords(records, StageHarness.Timeout), $"{what}: {Stage.Counters.CommittedRecords} of {records} input records committed");

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Run.WaitAsync(StageHarness.Timeout);
        stop.Dispose();
    }
}
