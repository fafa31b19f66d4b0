using System.Runtime.InteropServices;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// Owns an rd_kafka_mock_cluster_t. The cluster runs on its host client's threads, so the handle keeps
/// that client alive (AddRef) until the cluster is destroyed, whatever order finalizers run in.
/// </summary>
internal sealed class MockClusterHandle : SafeHandle
{
    private KafkaClientHandle? host;

    public MockClusterHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public static MockClusterHandle Create(KafkaClientHandle hostClient, int brokerCount)
    {
        var added = false;
        hostClient.DangerousAddRef(ref added);
        var cluster = LibrdkafkaNative.rd_kafka_mock_cluster_new(hostClient, brokerCount);
        if (cluster == IntPtr.Zero)
        {
            hostClient.DangerousRelease();
            throw new InvalidOperationException($"librdkafka could not start a mock cluster with {brokerCount} brokers.");
        }
        var owned = new MockClusterHandle { host = hostClient };
        owned.SetHandle(cluster);
        return owned;
    }

    protected override bool ReleaseHandle()
    {
        LibrdkafkaNative.rd_kafka_mock_cluster_destroy(handle);
        host?.DangerousRelease();
        return true;
    }
}
