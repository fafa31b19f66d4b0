using StreamFilter.Core.Pipeline;

namespace StreamFilter.Kafka.Stage;

/// <summary>Runs Core's <see cref="EventProcessor"/> (the same filter as `streamfilter filter`) in the stage.</summary>
public sealed class EventProcessorAdapter(EventProcessor processor) : IEventProcessor
{
    public void Process(ReadOnlySpan<byte> utf8Event, SourcePosition position, IFilterSink sink) => processor.Process(utf8Event, position, sink);

    public void Advance(DateTimeOffset now, IFilterSink sink) => processor.Advance(now, sink);

    public void Complete(IFilterSink sink) => processor.Complete(sink);
}
