using System.Runtime.InteropServices;

namespace StreamFilter.Kafka.Native;

/// <summary>Owns a bare rd_kafka_t created through P/Invoke (not a Confluent.Kafka client).</summary>
internal sealed class KafkaClientHandle : SafeHandle
{
    public KafkaClientHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Creates a producer-type handle with the given settings.</summary>
    public static KafkaClientHandle Create(IReadOnlyDictionary<string, string> settings)
    {
        Librdkafka.EnsureLoaded();
        var errstr = new byte[512];
        var conf = LibrdkafkaNative.rd_kafka_conf_new();
        foreach (var (name, value) in settings)
        {
            if (LibrdkafkaNative.rd_kafka_conf_set(conf, name, value, errstr, (nuint)errstr.Length) != LibrdkafkaNative.ConfOk)
            {
                LibrdkafkaNative.rd_kafka_conf_destroy(conf);
                throw new InvalidOperationException($"librdkafka rejected setting {name}: {ErrorString(errstr)}");
            }
        }
        var rk = LibrdkafkaNative.rd_kafka_new(LibrdkafkaNative.ProducerType, conf, errstr, (nuint)errstr.Length);
        if (rk == IntPtr.Zero)
        {
            LibrdkafkaNative.rd_kafka_conf_destroy(conf);
            throw new InvalidOperationException($"librdkafka could not create a client: {ErrorString(errstr)}");
        }
        var owned = new KafkaClientHandle();
        owned.SetHandle(rk);
        return owned;
    }

    protected override bool ReleaseHandle()
    {
        LibrdkafkaNative.rd_kafka_destroy(handle);
        return true;
    }

    private static string ErrorString(byte[] errstr)
    {
        var end = Array.IndexOf(errstr, (byte)0);
        return System.Text.Encoding.UTF8.GetString(errstr, 0, end < 0 ? errstr.Length : end);
    }
}
