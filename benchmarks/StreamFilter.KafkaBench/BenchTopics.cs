namespace StreamFilter.KafkaBench;

/// <summary>The topics of one bench run; the cluster process creates them, the stage uses them.</summary>
internal static class BenchTopics
{
    public const string Input = "input";

    /// <summary>The input of the warm-up stage that runs first in the bench process (see Program.cs).</summary>
    public const string Warmup = "warmup";

    public static readonly string[] All = [Input, Warmup, "output", "audit", "dead-letter", "quarantine"];

    /// <summary>
    /// librdkafka's mock broker keeps at most 5 MiB (or 100,000 message sets) per partition and silently
    /// deletes the oldest data beyond that: 200,000 uncompressed keystroke events on 3 partitions lost
    /// three quarters of the input before the stage read it, so the stage waited forever for them. The
    /// input is lz4-compressed (~120,000 events fit in a partition) and user keys spread unevenly,
    /// so at most 80,000 events per partition on average, and at least 3 partitions.
    /// </summary>
    public static int PartitionsFor(int events) => Math.Max(3, (events + 79_999) / 80_000);

    /// <summary>A quarter of the measured input: enough for the JIT to finish tiering the stage's code.</summary>
    public static int WarmupEvents(int events) => Math.Max(1, events / 4);
}
