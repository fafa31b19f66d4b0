using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.Metrics;

/// <summary>
/// Counts every decision on its way to the real sink. Each input event is audited exactly once, so the
/// audit record is the one place that sees every event: in, out, redactions by entity type, drops and
/// dead letters by reason, level and categories. Tag values are mapped to fixed strings (event types,
/// reason codes, <see cref="MetricLabels"/>) so that no input text can reach a label and the series count stays bounded.
/// </summary>
public sealed class MeteredFilterSink(IFilterSink inner, StreamFilterMetrics metrics) : IFilterSink
{
    public void Forward(string key, ReadOnlySpan<byte> filteredEventJson) => inner.Forward(key, filteredEventJson);

    public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => inner.DeadLetter(raw, reason, position);

    public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => inner.Quarantine(raw, reason, position);

    /// <summary>Reads each record only during <see cref="Audit"/>: keeps records exactly when the inner sink does.</summary>
    public bool KeepsAuditRecords => inner.KeepsAuditRecords;

    public void Audit(AuditRecord record)
    {
        inner.Audit(record);
        var type = EventTypeTag(record.Type);
        metrics.EventIn(type);
        metrics.Level(record.Level);
        foreach (var category in record.Categories)
        {
            metrics.Category(category);
        }
        var reason = record.Reasons.Count == 0 ? "none" : ReasonCode(record.Reasons[0]);
        switch (record.Action)
        {
            case AuditAction.Pass:
                metrics.EventOut(type);
                break;
            case AuditAction.Redact:
                metrics.EventOut(type);
                foreach (var entityType in record.EntityTypes)
                {
                    metrics.Redaction(entityType);
                }
                break;
            case AuditAction.Drop:
                metrics.Dropped(reason);
                break;
            default:
                metrics.DeadLettered(reason);
                break;
        }
    }

    /// <summary>The contract's event types; anything else (a malformed line's type) is "unknown".</summary>
    public static string EventTypeTag(string type) => type switch
    {
        "keystroke" => "keystroke",
        "transcript" => "transcript",
        "screen_ocr" => "screen_ocr",
        "mouse" => "mouse",
        "consent" => "consent",
        _ => "unknown",
    };

    /// <summary>
    /// A reason without its details: "invalid_event: missing field 'text'" counts as invalid_event,
    /// "policy_drop:medical" as policy_drop (the category has its own metric), "line too long: ..." as
    /// line_too_long; a reason of no known code is "other".
    /// </summary>
    public static string ReasonCode(string reason)
    {
        // Indexed, not foreach: enumerating the interface would allocate an enumerator per dropped event.
        var codes = MetricLabels.ReasonCodes;
        for (int i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            var prefix = code == "line_too_long" ? "line too long" : code;
            if (reason.StartsWith(prefix, StringComparison.Ordinal))
            {
                return code;
            }
        }
        return MetricLabels.Other;
    }
}
