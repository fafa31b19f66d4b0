namespace StreamFilter.Kafka.Ops;

/// <summary>Where the operations endpoints (/metrics, /healthz, /readyz) listen.</summary>
public sealed record OpsServerOptions
{
    /// <summary>9464 is the port commonly used by Prometheus exporters; 0 picks a free port (tests).</summary>
    public int Port { get; init; } = 9464;

    /// <summary>
    /// Loopback by default: the endpoints carry no secrets but need not be on the network unless the
    /// deployment says so (a container sets 0.0.0.0 so Prometheus can reach it).
    /// </summary>
    public string BindAddress { get; init; } = "127.0.0.1";
}
