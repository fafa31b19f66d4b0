namespace StreamFilter.Core.Pipeline;

/// <summary>The wire names of <see cref="AuditAction"/> (events.md): pass, redact, drop, dead_letter.</summary>
public static class AuditActionNames
{
    public static string Of(AuditAction action) => action switch
    {
        AuditAction.Pass => "pass",
        AuditAction.Redact => "redact",
        AuditAction.Drop => "drop",
        _ => "dead_letter",
    };
}
