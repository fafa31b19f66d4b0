namespace StreamFilter.Kafka.Topology;

/// <summary>
/// One transaction covers up to <see cref="MaxRecords"/> input records or <see cref="MaxWaitMs"/> of
/// waiting, whichever comes first: bigger batches amortise the commit, smaller ones cut latency.
/// </summary>
public sealed class BatchOptions
{
    public int MaxRecords { get; set; } = 1000;

    public int MaxWaitMs { get; set; } = 100;
}
