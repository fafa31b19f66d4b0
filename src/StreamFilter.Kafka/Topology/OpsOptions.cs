namespace StreamFilter.Kafka.Topology;

/// <summary>The operations endpoints (/metrics, /healthz, /readyz) of `streamfilter run`.</summary>
public sealed class OpsOptions
{
    /// <summary>9464, the port Prometheus exporters commonly use; 0 picks a free port (logged at start).</summary>
    public int Port { get; set; } = 9464;

    /// <summary>Loopback by default; a container sets 0.0.0.0 so Prometheus can reach it.</summary>
    public string Bind { get; set; } = "127.0.0.1";
}
