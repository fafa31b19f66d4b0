namespace StreamFilter.Kafka.Topology;

/// <summary>Connection, group and transaction identity, and raw librdkafka settings.</summary>
public sealed class KafkaClusterOptions
{
    public string BootstrapServers { get; set; } = "";

    /// <summary>The consumer group; every instance of one deployment shares it.</summary>
    public string GroupId { get; set; } = "streamfilter";

    /// <summary>
    /// Each instance's transactional.id is this prefix plus the instance id. A restarted instance must
    /// reuse its id so the broker fences its previous incarnation's zombie transactions.
    /// </summary>
    public string TransactionalIdPrefix { get; set; } = "streamfilter";

    /// <summary>
    /// Also commit each transaction's input offsets with a plain group offset commit once the transaction
    /// has committed. Only for clusters that drop offsets sent with SendOffsetsToTransaction, such as
    /// librdkafka's mock cluster (dev-cluster, demo, tests); a real broker already stores them with the
    /// transaction, so it stays off there (it would cost one more round trip per batch).
    /// </summary>
    public bool CommitOffsetsAfterTransaction { get; set; }

    /// <summary>Settings passed verbatim to both clients (security, timeouts, ...); ours win on conflict for the EOS-critical ones.</summary>
    public Dictionary<string, string> Client { get; set; } = [];

    /// <summary>Consumer-only settings passed verbatim.</summary>
    public Dictionary<string, string> Consumer { get; set; } = [];

    /// <summary>Producer-only settings passed verbatim.</summary>
    public Dictionary<string, string> Producer { get; set; } = [];
}
