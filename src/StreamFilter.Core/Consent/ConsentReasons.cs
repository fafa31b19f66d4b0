namespace StreamFilter.Core.Consent;

/// <summary>Audit reasons for events suppressed by consent, and for the consent events themselves.</summary>
public static class ConsentReasons
{
    public const string Paused = "consent_paused";

    public const string OptedOut = "consent_opted_out";

    /// <summary>Consent events are control events: recorded, never forwarded.</summary>
    public const string ControlEvent = "consent_control_event";
}
