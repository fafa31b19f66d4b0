using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// librdkafka's in-process Kafka-protocol cluster (brokers on loopback ports), with fault injection.
/// Any client or process can connect to <see cref="BootstrapServers"/>. For development and tests only:
/// it keeps data in memory and disappears with the process.
/// </summary>
public sealed class MockCluster : IDisposable
{
    private readonly KafkaClientHandle host;
    private readonly MockClusterHandle cluster;

    private MockCluster(KafkaClientHandle host, MockClusterHandle cluster, int brokerCount)
    {
        this.host = host;
        this.cluster = cluster;
        BrokerCount = brokerCount;
        BootstrapServers = Marshal.PtrToStringUTF8(LibrdkafkaNative.rd_kafka_mock_cluster_bootstraps(cluster))
            ?? throw new InvalidOperationException("The mock cluster reported no bootstrap servers.");
    }

    /// <summary>"127.0.0.1:PORT,..." for bootstrap.servers.</summary>
    public string BootstrapServers { get; }

    /// <summary>Broker ids run from 1 to this count.</summary>
    public int BrokerCount { get; }

    /// <summary>Starts <paramref name="brokerCount"/> brokers on a dedicated host client whose lifetime this object controls.</summary>
    public static MockCluster Start(int brokerCount = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokerCount, 1);
        // The host handle never connects anywhere; silence its logging so only the cluster speaks.
        var host = KafkaClientHandle.Create(new Dictionary<string, string> { ["log_level"] = "3" });
        try
        {
            return new MockCluster(host, MockClusterHandle.Create(host, brokerCount), brokerCount);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Creates a topic (the mock cluster does not implement the CreateTopics admin API).</summary>
    public void CreateTopic(string topic, int partitions, int replicationFactor = 1)
    {
        Check(LibrdkafkaNative.rd_kafka_mock_topic_create(cluster, topic, partitions, Math.Min(replicationFactor, BrokerCount)), $"create topic {topic}");
    }

    /// <summary>Takes a broker down: its connections close and it refuses new ones until <see cref="BrokerUp"/>.</summary>
    public void BrokerDown(int brokerId) => Check(LibrdkafkaNative.rd_kafka_mock_broker_set_down(cluster, brokerId), $"take broker {brokerId} down");

    public void BrokerUp(int brokerId) => Check(LibrdkafkaNative.rd_kafka_mock_broker_set_up(cluster, brokerId), $"bring broker {brokerId} up");

    /// <summary>Delays every response of a broker by <paramref name="rttMs"/> milliseconds.</summary>
    public void SetRoundTripTime(int brokerId, int rttMs) => Check(LibrdkafkaNative.rd_kafka_mock_broker_set_rtt(cluster, brokerId, rttMs), $"set broker {brokerId} RTT");

    /// <summary>The next requests of type <paramref name="apiKey"/>, cluster-wide, fail with these errors, one each, in order.</summary>
    public void PushRequestErrors(KafkaApiKey apiKey, params ErrorCode[] errors)
    {
        var codes = new int[errors.Length];
        for (var i = 0; i < errors.Length; i++)
        {
            codes[i] = (int)errors[i];
        }
        LibrdkafkaNative.rd_kafka_mock_push_request_errors_array(cluster, (short)apiKey, (nuint)codes.Length, codes);
    }

    public void ClearRequestErrors(KafkaApiKey apiKey) => LibrdkafkaNative.rd_kafka_mock_clear_request_errors(cluster, (short)apiKey);

    public void Dispose()
    {
        cluster.Dispose();
        host.Dispose();
    }

    private static void Check(int err, string what)
    {
        if (err != 0)
        {
            throw new InvalidOperationException($"Mock cluster could not {what}: {LibrdkafkaNative.ErrorText(err)}");
        }
    }
}
