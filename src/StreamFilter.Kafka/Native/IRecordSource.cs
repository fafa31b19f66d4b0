using Confluent.Kafka;

namespace StreamFilter.Kafka.Native;

/// <summary>Where the stage's batches come from: <see cref="NativeConsumer"/>, or a scripted source in tests.</summary>
internal interface IRecordSource
{
    /// <summary>Waits up to <paramref name="timeoutMs"/> (0: only what is already fetched) for one record; see <see cref="NativeConsumer.Poll"/>.</summary>
    ConsumedMessage Poll(int timeoutMs, out Error? error);

    /// <summary>The topic of a record's topic handle.</summary>
    string TopicName(IntPtr rkt);
}
