using StreamFilter.Core.Pipeline;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// What the stage runs every input record through: the shape of Core's EventProcessor, kept as an
/// interface so the stage's exactly-once machinery is tested independently of the filtering rules.
/// Called from one thread only.
/// </summary>
public interface IEventProcessor
{
    /// <summary>Judges one input event; results (now or, for held keystrokes, later) go to <paramref name="sink"/>.</summary>
    void Process(ReadOnlySpan<byte> utf8Event, SourcePosition position, IFilterSink sink);

    /// <summary>
    /// Like <see cref="Process"/>, for a record value the stage hands over (Confluent allocates one per
    /// record and nothing changes it afterwards): a processor may keep the array instead of copying it.
    /// </summary>
    void ProcessOwned(byte[] utf8Event, SourcePosition position, IFilterSink sink) => Process(utf8Event, position, sink);

    /// <summary>Lets time-based decisions (idle keystroke flush) happen on wall-clock time when input is quiet.</summary>
    void Advance(DateTimeOffset now, IFilterSink sink);

    /// <summary>End of input: decide everything still held.</summary>
    void Complete(IFilterSink sink);
}
