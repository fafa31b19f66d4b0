namespace StreamFilter.KafkaBench;

/// <summary>The topics of one bench run; the cluster process creates them, the stage uses them.</summary>
internal static class BenchTopics
{
    public const string Input = "input";

    public static readonly string[] All = [Input, "output", "audit", "dead-letter", "quarantine"];

    /// <summary>
    /// librdkafka's mock broker keeps at most 5 MiB (or 100,000 message sets) per partition and silently
    /// deletes the oldest data beyond that: 200,000 uncompressed keystroke events on 3 partitions lost
    /// three quarters of the input before the stage read it, so the stage waited forever for them. The
    /// input is lz4-compressed (~120,000 events fit in a partition) and user keys spread unevenly,
    /// so at most 80,000 events per partition on average, and at least 3 partitions.
    /// </summary>
    public static int PartitionsFor(int events) => Math.Max(3, (events + 79_999) / 80_000);
}
