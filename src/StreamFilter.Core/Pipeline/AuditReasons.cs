namespace StreamFilter.Core.Pipeline;

/// <summary>The fixed reason strings of audit records (prefixes take a category or detail after ':').</summary>
public static class AuditReasons
{
    /// <summary>A consent event: a control message, never forwarded.</summary>
    public const string ConsentControl = "consent_control";

    /// <summary>A key typed into a password field: always dropped.</summary>
    public const string PasswordField = "password_field";

    /// <summary>A keystroke judged on its own, until the per-session keystroke stage rebuilds typed text.</summary>
    public const string KeystrokeJudgedAlone = "keystroke_judged_alone";

    /// <summary>Identifiers were replaced by their operators.</summary>
    public const string EntitiesRedacted = "entities_redacted";

    /// <summary>Fields outside the event contract were removed (they were never scanned).</summary>
    public const string UnknownFieldsDropped = "unknown_fields_dropped";

    /// <summary>Prefix: the policy dropped the event for the category that follows.</summary>
    public const string PolicyDropPrefix = "policy_drop:";

    /// <summary>Prefix: the policy quarantined the event for the category that follows.</summary>
    public const string PolicyQuarantinePrefix = "policy_quarantine:";

    /// <summary>Prefix: the policy replaced the free-text fields for the category that follows.</summary>
    public const string PolicyRedactFieldPrefix = "policy_redact_field:";

    /// <summary>Prefix: the input is not a valid event; the parse error follows.</summary>
    public const string InvalidEventPrefix = "invalid_event: ";

    /// <summary>Prefix: scanning or redaction failed; the exception type follows (never its message).</summary>
    public const string ProcessingFailedPrefix = "processing_failed: ";
}
