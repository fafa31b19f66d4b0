using System.Runtime.InteropServices;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// The librdkafka C functions the stage calls itself: a bare client handle to host a mock cluster on,
/// the rd_kafka_mock_* fault-injection API (rdkafka_mock.h), and producing and consuming on the
/// handles of the stage's Confluent clients (see <see cref="ConfluentClientHandle"/>).
/// </summary>
internal static unsafe partial class LibrdkafkaNative
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

    /// <summary>RD_KAFKA_MSG_F_COPY: librdkafka copies key, value and headers before produceva returns.</summary>
    public const int CopyPayload = 0x2;

    /// <summary>RD_KAFKA_PARTITION_UA: the partitioner chooses.</summary>
    public const int AnyPartition = -1;

    /// <returns>NULL when queued, else an rd_kafka_error_t the caller destroys.</returns>
    [LibraryImport(Librdkafka.LibraryName)]
    public static partial IntPtr rd_kafka_produceva(IntPtr rk, RdKafkaVu* vus, nuint count);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial int rd_kafka_error_code(IntPtr error);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial IntPtr rd_kafka_error_string(IntPtr error);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial int rd_kafka_error_is_fatal(IntPtr error);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial void rd_kafka_error_destroy(IntPtr error);

    /// <summary>A reference to the client's topic object (created if new); released with <see cref="rd_kafka_topic_destroy"/>.</summary>
    [LibraryImport(Librdkafka.LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr rd_kafka_topic_new(IntPtr rk, string topic, IntPtr conf);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial void rd_kafka_topic_destroy(IntPtr rkt);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial IntPtr rd_kafka_topic_name(IntPtr rkt);

    /// <summary>Serves the client's queues (callbacks run on the calling thread).</summary>
    [LibraryImport(Librdkafka.LibraryName)]
    public static partial int rd_kafka_poll(IntPtr rk, int timeoutMs);

    /// <returns>A message or error event the caller destroys, or NULL on timeout. Runs rebalance, log, statistics and error callbacks.</returns>
    [LibraryImport(Librdkafka.LibraryName)]
    public static partial RdKafkaMessage* rd_kafka_consumer_poll(IntPtr rk, int timeoutMs);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial void rd_kafka_message_destroy(RdKafkaMessage* message);

    [LibraryImport(Librdkafka.LibraryName)]
    public static partial IntPtr rd_kafka_message_errstr(RdKafkaMessage* message);

    /// <returns>The original error code of a client that raised a fatal error, 0 if it did not.</returns>
    [LibraryImport(Librdkafka.LibraryName)]
    public static partial int rd_kafka_fatal_error(IntPtr rk, byte* errstr, nuint errstrSize);

    public static string ErrorText(int err) => Marshal.PtrToStringUTF8(rd_kafka_err2str(err)) ?? $"error {err}";
}
