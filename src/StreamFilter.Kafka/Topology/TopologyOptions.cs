namespace StreamFilter.Kafka.Topology;

/// <summary>
/// A stage deployment: where to read, where each kind of result goes, which rules and keys to use, and
/// how the Kafka clients are tuned. Loaded from a topology YAML file by <see cref="TopologyLoader"/>.
/// </summary>
public sealed class TopologyOptions
{
    /// <summary>The file it was loaded from, for messages; null when built in code.</summary>
    public string? SourcePath { get; set; }

    public KafkaClusterOptions Kafka { get; set; } = new();

    public InputOptions Inputs { get; set; } = new();

    public OutputOptions Outputs { get; set; } = new();

    /// <summary>One record per input event (JSON, no raw values).</summary>
    public string Audit { get; set; } = "";

    /// <summary>Input that could not be processed; values encrypted, reason in a header.</summary>
    public string DeadLetter { get; set; } = "";

    /// <summary>Events held back by policy for review; values encrypted.</summary>
    public string Quarantine { get; set; } = "";

    /// <summary>Compacted topic holding per-partition processor state (keystroke holdback); partition i backs input partition i.</summary>
    public string? Changelog { get; set; }

    /// <summary>Compacted topic of consent events, read whole by every instance before processing (a global table).</summary>
    public string? Consent { get; set; }

    /// <summary>The detector rules file; null means the built-in defaults.</summary>
    public string? Rules { get; set; }

    public KeyFileOptions Keys { get; set; } = new();

    public BatchOptions Batch { get; set; } = new();
}
