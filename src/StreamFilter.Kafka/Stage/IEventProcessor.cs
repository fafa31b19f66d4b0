using StreamFilter.Core.Pipeline;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// What the stage runs every input record through: the shape of Core's EventProcessor, kept as an
/// interface so the stage's exactly-once machinery is tested independently of the filtering rules.
/// Called from one thread only.
/// </summary>
public interface IEventProcessor
{
    /// <summary>
    /// Judges one input event; results (now or, for held keystrokes, later) go to <paramref name="sink"/>.
    /// <paramref name="utf8Event"/> is librdkafka's buffer, valid only during the call: keep a copy, never the span.
    /// </summary>
    void Process(ReadOnlySpan<byte> utf8Event, SourcePosition position, IFilterSink sink);

    /// <summary>Lets time-based decisions (idle keystroke flush) happen on wall-clock time when input is quiet.</summary>
    void Advance(DateTimeOffset now, IFilterSink sink);

    /// <summary>End of input: decide everything still held.</summary>
    void Complete(IFilterSink sink);
}
