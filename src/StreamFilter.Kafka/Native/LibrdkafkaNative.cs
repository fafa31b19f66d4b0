using System.Runtime.InteropServices;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// The few librdkafka C functions Confluent.Kafka does not wrap: a bare client handle to host a mock
/// cluster on, and the rd_kafka_mock_* fault-injection API (rdkafka_mock.h).
/// </summary>
internal static partial class LibrdkafkaNative
{
    /// <summary>RD_KAFKA_PRODUCER: the handle only hosts the mock cluster, it never produces.</summary>
    public const int ProducerType = 0;

    /// <summary>RD_KAFKA_CONF_OK.</summary>
    public const int ConfOk = 0;

    [LibraryImport(Librdkafka.LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr rd_kafka_conf_new();

    [LibraryImport(Librdkafka.LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int rd_kafka_conf_set(IntPtr conf, string name, string value, byte[] errstr, nuint errstrSize);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial void rd_kafka_conf_destroy(IntPtr conf);

    /// <summary>Takes ownership of <paramref name="conf"/> on success only.</summary>
    [LibraryImport(Librdkafka.LibraryName)]
    public static partial IntPtr rd_kafka_new(int type, IntPtr conf, byte[] errstr, nuint errstrSize);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial void rd_kafka_destroy(IntPtr rk);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial IntPtr rd_kafka_mock_cluster_new(KafkaClientHandle rk, int brokerCount);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial void rd_kafka_mock_cluster_destroy(IntPtr cluster);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial IntPtr rd_kafka_mock_cluster_bootstraps(MockClusterHandle cluster);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial int rd_kafka_mock_broker_set_down(MockClusterHandle cluster, int brokerId);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial int rd_kafka_mock_broker_set_up(MockClusterHandle cluster, int brokerId);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial int rd_kafka_mock_broker_set_rtt(MockClusterHandle cluster, int brokerId, int rttMs);

    [LibraryImport(Librdkafka.LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int rd_kafka_mock_topic_create(MockClusterHandle cluster, string topic, int partitionCount, int replicationFactor);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial void rd_kafka_mock_push_request_errors_array(MockClusterHandle cluster, short apiKey, nuint count, int[] errors);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial void rd_kafka_mock_clear_request_errors(MockClusterHandle cluster, short apiKey);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial IntPtr rd_kafka_err2str(int err);

    public static string ErrorText(int err) => Marshal.PtrToStringUTF8(rd_kafka_err2str(err)) ?? $"error {err}";
}
