using StreamFilter.Core.Pipeline;

namespace StreamFilter.Cli.Filtering;

/// <summary>Running totals of one filter run, for progress lines and the closing summary.</summary>
internal sealed class FilterCounts
{
    public long Events;
    public long Passed;
    public long Redacted;
    public long Dropped;
    public long DeadLettered;
    public long Quarantined;

    public void Count(AuditAction action)
    {
        Events++;
        switch (action)
        {
            case AuditAction.Pass:
                Passed++;
                break;
            case AuditAction.Redact:
                Redacted++;
                break;
            case AuditAction.Drop:
                Dropped++;
                break;
            default:
                DeadLettered++;
                break;
        }
    }
}
