using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// The rd_kafka_t behind a Confluent.Kafka client, for producing and consuming through librdkafka
/// directly while everything else (transactions, rebalances, commits) stays on the Confluent client.
/// Confluent.Kafka 2.16.0 keeps it internal (<c>Handle.LibrdkafkaHandle</c>, a SafeHandle), so this is
/// the one place that reaches it by reflection, once per client, at start-up. The SafeHandle is
/// AddRef'ed for this object's lifetime: the native pointer stays valid even if the client is disposed
/// first. Any Confluent.Kafka version but <see cref="PinnedConfluentVersion"/> fails here, at start,
/// naming itself (<see cref="CheckVersion"/>), even one that happens to have members of these names.
/// </summary>
internal sealed class ConfluentClientHandle : IDisposable
{
    /// <summary>The Confluent.Kafka version whose internals this file was written against.</summary>
    public const string PinnedConfluentVersion = "2.16.0";

    private readonly SafeHandle owner;
    private readonly Func<object, Exception?>? readCallbackException;
    private readonly Action<object>? clearCallbackException;
    private readonly object client;
    private bool released;

    private ConfluentClientHandle(IClient client, bool consumer)
    {
        CheckVersion(typeof(Handle).Assembly.GetName().Version);
        this.client = client;
        var handleProperty = RequireMember(typeof(Handle).GetProperty("LibrdkafkaHandle", BindingFlags.Instance | BindingFlags.NonPublic), "Handle.LibrdkafkaHandle");
        owner = handleProperty.GetValue(client.Handle) as SafeHandle
            ?? throw Missing("Handle.LibrdkafkaHandle (a SafeHandle)");
        if (consumer)
        {
            // Confluent's Consume rethrows what its rebalance callback caught (handlerException); a
            // native poll runs the same callback, so it has to look there too.
            var field = RequireMember(client.GetType().GetField("handlerException", BindingFlags.Instance | BindingFlags.NonPublic), $"{client.GetType().Name}.handlerException");
            var target = Expression.Parameter(typeof(object));
            var typed = Expression.Field(Expression.Convert(target, client.GetType()), field);
            readCallbackException = Expression.Lambda<Func<object, Exception?>>(typed, target).Compile();
            clearCallbackException = Expression.Lambda<Action<object>>(Expression.Assign(typed, Expression.Constant(null, field.FieldType)), target).Compile();
        }
        var added = false;
        owner.DangerousAddRef(ref added);
        Pointer = owner.DangerousGetHandle();
    }

    /// <summary>The rd_kafka_t; valid until <see cref="Dispose"/>.</summary>
    public IntPtr Pointer { get; }

    public static ConfluentClientHandle OfProducer(IProducer<byte[], byte[]> producer) => new(producer, consumer: false);

    public static ConfluentClientHandle OfConsumer(IConsumer<byte[], byte[]> consumer) => new(consumer, consumer: true);

    /// <summary>An exception Confluent's callbacks caught during the last poll (its Consume would throw it), cleared on read.</summary>
    public Exception? TakeCallbackException()
    {
        var caught = readCallbackException?.Invoke(client);
        if (caught is not null)
        {
            clearCallbackException!(client);
        }
        return caught;
    }

    /// <summary>Refuses any Confluent.Kafka but the pinned one: its internals are what this file was checked against.</summary>
    internal static void CheckVersion(Version? loaded)
    {
        if (loaded is null || $"{loaded.Major}.{loaded.Minor}.{loaded.Build}" != PinnedConfluentVersion)
        {
            throw new InvalidOperationException(
                $"Confluent.Kafka {loaded} is loaded; the stage produces and consumes on the native handle of its Confluent clients through " +
                $"internals checked against Confluent.Kafka {PinnedConfluentVersion} only: use that version or check and update " +
                "src/StreamFilter.Kafka/Native/ConfluentClientHandle.cs.");
        }
    }

    /// <summary>The member, or an exception that says which Confluent.Kafka version is loaded and which one this code needs.</summary>
    internal static T RequireMember<T>(T? member, string name)
        where T : MemberInfo =>
        member ?? throw Missing(name);

    private static InvalidOperationException Missing(string name)
    {
        var loaded = typeof(Handle).Assembly.GetName().Version;
        return new InvalidOperationException(
            $"Confluent.Kafka {loaded} has no internal member {name}. The stage produces and consumes on the native handle of its " +
            $"Confluent clients and reaches it by reflection written for Confluent.Kafka {PinnedConfluentVersion}: use that version " +
            "or update src/StreamFilter.Kafka/Native/ConfluentClientHandle.cs.");
    }

    public void Dispose()
    {
        if (!released)
        {
            released = true;
            owner.DangerousRelease();
        }
    }
}
