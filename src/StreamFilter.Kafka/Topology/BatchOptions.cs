namespace StreamFilter.Kafka.Topology;

/// <summary>
/// One transaction covers up to <see cref="MaxRecords"/> input records or <see cref="MaxWaitMs"/> of
/// waiting, whichever comes first: bigger batches amortise the commit, smaller ones cut latency.
/// </summary>
/// <remarks>
/// A commit's cost is per transaction, not per record: a flush and an EndTxn round trip, and CPU on
/// librdkafka's main thread. librdkafka before 2.4.0 (Debian 12 ships 2.0.2) spins that thread for a
/// millisecond after each AddPartitionsToTxn answer (upstream PR #4671), two to four per transaction.
/// Per 400,000 keystrokes: 1,000-record batches topped out near 21,000 events/s, 5,000 near 75,000 with
/// the main thread at 0.3 CPU-s, 20,000 near 115,000 at 0.1 CPU-s (benchmarks/README.md, "Kafka stage").
/// A quiet input still commits within <see cref="MaxWaitMs"/>, so the cap adds no latency when traffic
/// is light; under load a batch of 20,000 is about 0.2 s of input.
/// </remarks>
public sealed class BatchOptions
{
    public int MaxRecords { get; set; } = 20_000;

    public int MaxWaitMs { get; set; } = 100;
}
