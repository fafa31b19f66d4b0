namespace StreamFilter.Kafka.Topology;

/// <summary>Key files; the environment variables STREAMFILTER_HMAC_KEY / STREAMFILTER_DEAD_LETTER_KEY take precedence.</summary>
public sealed class KeyFileOptions
{
    public string? Hmac { get; set; }

    public string? DeadLetter { get; set; }

    /// <summary>
    /// Quarantine keys replaced by <see cref="DeadLetter"/>: they only open records sealed before the
    /// rotation (changelog state). Used together with env STREAMFILTER_DEAD_LETTER_KEY_PREVIOUS.
    /// </summary>
    public List<string?> DeadLetterPrevious { get; set; } = [];
}
