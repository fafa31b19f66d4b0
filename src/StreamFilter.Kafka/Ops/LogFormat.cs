namespace StreamFilter.Kafka.Ops;

/// <summary>How console logs are written.</summary>
public enum LogFormat
{
    /// <summary>JSON when standard error is redirected (a container, a service), simple in a terminal.</summary>
    Auto,

    /// <summary>One JSON object per line, for log collectors.</summary>
    Json,

    /// <summary>One human-readable line per entry.</summary>
    Simple,
}
