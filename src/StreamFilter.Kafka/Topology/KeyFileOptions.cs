namespace StreamFilter.Kafka.Topology;

/// <summary>Key files; the environment variables STREAMFILTER_HMAC_KEY / STREAMFILTER_DEAD_LETTER_KEY take precedence.</summary>
public sealed class KeyFileOptions
{
    public string? Hmac { get; set; }

    public string? DeadLetter { get; set; }
}
