namespace StreamFilter.Core.Metrics;

/// <summary>Explicit histogram bucket upper bounds (seconds) for the latencies StreamFilter measures.</summary>
public static class MetricBuckets
{
    /// <summary>
    /// Per-event processing: a keystroke takes well under a microsecond, a long transcript or OCR frame
    /// tens of microseconds, a pathological event milliseconds; the default OpenTelemetry buckets start
    /// at 5 ms and would put every event in the first bucket.
    /// </summary>
    public static IReadOnlyList<double> EventProcessing { get; } =
    [
        0.000_001, 0.000_002_5, 0.000_005, 0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.000_5,
        0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
    ];

    /// <summary>Kafka transaction commits: a few milliseconds on a healthy cluster, seconds when a broker struggles.</summary>
    public static IReadOnlyList<double> TransactionCommit { get; } =
    [
        0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
    ];
}
