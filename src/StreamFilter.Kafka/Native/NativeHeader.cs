namespace StreamFilter.Kafka.Native;

/// <summary>One record header for <see cref="NativeProducer.TryProduce"/>.</summary>
internal readonly record struct NativeHeader(string Name, byte[] Value);
