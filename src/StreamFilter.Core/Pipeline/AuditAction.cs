namespace StreamFilter.Core.Pipeline;

/// <summary>The fate of one input event, as written to the audit trail.</summary>
public enum AuditAction
{
    Pass,
    Redact,
    Drop,
    DeadLetter,
}
