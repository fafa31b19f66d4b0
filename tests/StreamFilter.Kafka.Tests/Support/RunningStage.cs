using StreamFilter.Kafka.Stage;

namespace StreamFilter.Kafka.Tests.Support;

/// <summary>A stage running in the background; disposing stops it gracefully and surfaces its failure.</summary>
internal sealed class RunningStage : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private bool disposed;

    /// <param name="start">False to create it stopped and <see cref="Start"/> it later.</param>
    public RunningStage(KafkaStage stage, bool start = true)
    {
        Stage = stage;
        if (start)
        {
            Start();
        }
    }

    public KafkaStage Stage { get; }

    public Task? Run { get; private set; }

    public void Start() => Run = Stage.RunAsync(stop.Token);

    public void WaitForCommitted(long records, string what) =>
        Assert.True(Stage.Counters.WaitForCommittedRecords(records, StageHarness.Timeout), $"{what}: {Stage.Counters.CommittedRecords} of {records} input records committed");

    /// <summary>Stops the stage gracefully (commits its last batch, leaves the group); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        await stop.CancelAsync();
        if (Run is not null)
        {
            try
            {
                await Run.WaitAsync(StageHarness.Timeout);
            }
            catch (TimeoutException ex)
            {
                // Say where it stood: a last commit that never finished and a consumer close that never did look alike otherwise.
                throw new TimeoutException($"The stage did not stop within {StageHarness.Timeout} of being cancelled, after {Stage.Counters.CommittedTransactions} committed and {Stage.Counters.AbortedTransactions} aborted transactions ({Stage.Counters.CommittedRecords} records).", ex);
            }
        }
        stop.Dispose();
    }
}
