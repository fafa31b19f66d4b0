using StreamFilter.Core.Pipeline;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Runs Core's <see cref="EventProcessor"/> (the same filter as `streamfilter filter`) in the stage.
/// With a <see cref="KeystrokeStateStore"/>, tells it which partition each touched session belongs to
/// and emits the decisions a state restore made, inside the next batch's transaction.
/// </summary>
public sealed class EventProcessorAdapter(EventProcessor processor, KeystrokeStateStore? state = null) : IEventProcessor
{
    public void Process(ReadOnlySpan<byte> utf8Event, SourcePosition position, IFilterSink sink)
    {
        EmitRestoreDecisions(sink);
        processor.Process(utf8Event, position, sink);
        state?.Attribute(position);
    }

    public void Advance(DateTimeOffset now, IFilterSink sink)
    {
        EmitRestoreDecisions(sink);
        processor.Advance(now, sink);
    }

    public void Complete(IFilterSink sink)
    {
        EmitRestoreDecisions(sink);
        processor.Complete(sink);
    }

    private void EmitRestoreDecisions(IFilterSink sink)
    {
        if (state is not null && !state.RestoreDecisions.IsEmpty)
        {
            state.RestoreDecisions.DrainInto(sink);
        }
    }
}
