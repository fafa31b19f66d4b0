using StreamFilter.Core.Pipeline;
using StreamFilter.Kafka.Stage;

namespace StreamFilter.KafkaBench;

/// <summary>
/// The Kafka floor (<c>KAFKABENCH_PROCESSOR=copy</c>): forwards every input unchanged and audits it with
/// one fixed record, so a run measures what consuming, producing two records per event and committing
/// exactly-once cost without any filtering. Not a filter: diagnostics for the bench only.
/// </summary>
internal sealed class CopyProcessor : IEventProcessor
{
    private static readonly string[] NoValues = [];

    public void Process(ReadOnlySpan<byte> utf8Event, SourcePosition position, IFilterSink sink)
    {
        sink.Forward("copy", utf8Event);
        sink.Audit(new AuditRecord
        {
            EventId = "copy",
            Type = "keystroke",
            UserId = "copy",
            Action = AuditAction.Pass,
            Reasons = NoValues,
            Categories = NoValues,
            PolicyVersion = "copy",
            Position = position,
        });
    }

    public void Advance(DateTimeOffset now, IFilterSink sink)
    {
    }

    public void Complete(IFilterSink sink)
    {
    }
}
