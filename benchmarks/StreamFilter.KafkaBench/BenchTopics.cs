namespace StreamFilter.KafkaBench;

/// <summary>The topics of one bench run; the cluster process creates them, the stage uses them.</summary>
internal static class BenchTopics
{
    public const string Input = "input";

    public static readonly string[] All = [Input, "output", "audit", "dead-letter", "quarantine"];

    /// <summary>
    /// librdkafka's mock broker keeps at most 5 MiB (or 100,000 message sets) per partition and silently
    /// deletes the oldest data beyond that, so a big input must be spread over enough partitions to stay
    /// whole until the stage reads it. A keystroke event takes ~300 bytes of the broker's log (JSON, key,
    /// record and batch overhead), so at most 14,000 events (~4.2 MB) per partition, and at least 3.
    /// </summary>
    public static int PartitionsFor(int events) => Math.Max(3, (events + 13_999) / 14_000);
}
