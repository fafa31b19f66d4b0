namespace StreamFilter.Kafka.Ops;

/// <summary>Whether the stage should receive traffic and, when not, a short reason for the operator.</summary>
public readonly record struct ReadinessStatus(bool IsReady, string Reason)
{
    public static ReadinessStatus Ready { get; } = new(true, "ready");

    public static ReadinessStatus NotReady(string reason) => new(false, reason);
}
