namespace StreamFilter.Kafka.Topology;

/// <summary>
/// One transaction covers up to <see cref="MaxRecords"/> input records or <see cref="MaxWaitMs"/> of
/// waiting, whichever comes first: bigger batches amortise the commit, smaller ones cut latency.
/// </summary>
/// <remarks>
/// Each commit costs a flush and an EndTxn round trip (about 37 ms against the embedded cluster) and
/// about 5 ms of CPU on librdkafka's main thread. At 1,000 records a busy stage committed 400 times
/// per 400,000 keystrokes and topped out near 21,000 events/s. At 5,000 it reached 70,000-80,000, with
/// the main thread's share down fourfold (benchmarks/README.md, "Kafka stage"). A quiet input still
/// commits within <see cref="MaxWaitMs"/>, so the larger cap adds no latency when traffic is light.
/// </remarks>
public sealed class BatchOptions
{
    public int MaxRecords { get; set; } = 5000;

    public int MaxWaitMs { get; set; } = 100;
}
