namespace StreamFilter.Kafka.Topology;

/// <summary>
/// One transaction covers up to <see cref="MaxRecords"/> input records or <see cref="MaxWaitMs"/> of
/// waiting, whichever comes first: bigger batches amortise the commit, smaller ones cut latency.
/// </summary>
/// <remarks>
/// The commit is synchronous: while a transaction's records are flushed and its AddOffsetsToTxn,
/// TxnOffsetCommit and EndTxn round trips run, the stage processes nothing. So the batch must be long
/// against a commit: 20,000 records are 0.1 s of input at the 200k events/s target, the same as
/// <see cref="MaxWaitMs"/>, so a busy stage commits about as often as a quiet one, and a commit of a
/// few milliseconds against a real broker costs a few percent. On librdkafka 2.0.2 a commit also spun
/// librdkafka's main thread (fixed in 2.4.0; the stage runs on 2.16.0). On 2.16.0 against the in-process
/// mock (no network round trip) 2,000, 5,000, 10,000 and 20,000 records per batch made the same events per
/// CPU-second within the machine's noise (benchmarks/README.md, "Kafka stage", step 7), so the default
/// stays for the round trips a real broker adds. Light traffic still commits within <see cref="MaxWaitMs"/>.
/// </remarks>
public sealed class BatchOptions
{
    public int MaxRecords { get; set; } = 20_000;

    public int MaxWaitMs { get; set; } = 100;
}
