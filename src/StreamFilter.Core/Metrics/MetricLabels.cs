using StreamFilter.Core.Rules.Parsing;
using StreamFilter.Core.Security;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Metrics;

/// <summary>
/// The fixed value sets of every label. <see cref="StreamFilterMetrics"/> creates one series per value at
/// start-up; a value outside its set is counted as <see cref="Other"/>, so nothing an event says can
/// become a label and the number of series is known before the first event.
/// </summary>
public static class MetricLabels
{
    /// <summary>Where a value outside a label's set is counted.</summary>
    public const string Other = "other";

    /// <summary>The contract's event types and "unknown" (a malformed line's type); see <see cref="MeteredFilterSink.EventTypeTag"/>.</summary>
    public static IReadOnlyList<string> EventTypes { get; } = ["keystroke", "transcript", "screen_ocr", "mouse", "consent", "unknown"];

    /// <summary>
    /// Reason codes (<see cref="MeteredFilterSink.ReasonCode"/> reduces a reason to one) and "none" for a
    /// decision without a reason.
    /// </summary>
    public static IReadOnlyList<string> ReasonCodes { get; } =
    [
        "consent_control", "consent_paused", "consent_opted_out", "password_field", "policy_drop", "policy_quarantine",
        "invalid_event", "processing_failed", "line_too_long", "session_evicted", "holdback_limit", "sensitive_value", "classifier",
        "entities_redacted", "none",
    ];

    /// <summary>Sensitivity levels 1-4 as text, and "unknown" for anything else.</summary>
    public static IReadOnlyList<string> Levels { get; } = ["1", "2", "3", "4", "unknown"];

    public static IReadOnlyList<string> ReloadResults { get; } = ["success", "failure"];

    /// <summary>Kinds of sealed record opened with a previous quarantine key.</summary>
    public static IReadOnlyList<string> SealedRecords { get; } = [PreviousKeyUse.ChangelogRecord];

    public static IReadOnlyList<string> Categories => Category.All;

    /// <summary>Every built-in entity type; types a rules file declares are added as they are first redacted.</summary>
    public static IReadOnlyList<string> BuiltInEntityTypes => KnownEntityTypes.All;
}
