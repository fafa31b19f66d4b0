namespace StreamFilter.Kafka.Tests.Topology;

/// <summary>The smallest topology the loader accepts, which topology tests extend with the section they test.</summary>
internal static class MinimalTopology
{
    public const string Yaml = """
        kafka:
          bootstrap_servers: 127.0.0.1:9092
        inputs:
          topics: [raw]
        outputs:
          default: clean
        audit: audit
        dead_letter: dlq
        quarantine: quarantine
        """;
}
