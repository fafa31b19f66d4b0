using StreamFilter.Core.Consent;
using StreamFilter.Core.Events;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Policy;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Pipeline;

/// <summary>Judging one event: consent first, then detection, sensitivity and policy, then its audit record.</summary>
public sealed partial class EventProcessor
{
    /// <summary>Decides the event; when it is forwarded the filtered JSON is left in the writer.</summary>
    /// <param name="reuseRecord">The sink keeps no records: the record returned is the processor's reused one.</param>
    private AuditRecord Judge(InputEvent evt, SourcePosition position, KeyVerdictOverride? key, bool reuseRecord)
    {
        _quarantineReason = null;
        if (evt.Kind == EventKind.Consent)
        {
            ApplyConsent(evt);
            return Record(evt, position, AuditAction.Drop, [AuditReasons.ConsentControl], [], SensitivityLevel.Ordinary, [], reuseRecord);
        }
        if (Consent.SuppressionReason(evt.UserId, evt.Timestamp) is { } suppressed)
        {
            // Whatever the detectors would say: the user asked for this time not to be kept.
            return Record(evt, position, AuditAction.Drop, [suppressed], [], SensitivityLevel.Ordinary, [], reuseRecord);
        }
        _scanner.Scan(evt, _scan);
        _assessment.Reset();
        foreach (var hit in _scan.Entities)
        {
            _assessment.AddEntity(hit.EntityType, Rules.CustomEntities);
        }
        if (key?.EntityType is { } keyEntity)
        {
            _assessment.AddEntity(keyEntity, Rules.CustomEntities);
        }
        _assessor.Assess(evt, _assessment);
        var decision = PolicyDecision.For(_assessment, Rules.Policy);
        var reasons = _reasons;
        reasons.Clear();
        foreach (var j in _assessment.Judgments)
        {
            reasons.Add(j.Reason);
        }
        var entityTypes = _assessment.EntityTypes.Count == 0 ? [] : _assessment.EntityTypesCopy();
        var categories = _assessment.Categories.Count == 0 ? WorkOnly : _assessment.CategoriesCopy();
        if (decision.Action is PolicyAction.Drop or PolicyAction.Quarantine)
        {
            var prefix = decision.Action == PolicyAction.Drop ? AuditReasons.PolicyDropPrefix : AuditReasons.PolicyQuarantinePrefix;
            reasons.Insert(0, prefix + decision.Category);
            _quarantineReason = decision.Action == PolicyAction.Quarantine ? reasons[0] : null;
            return Record(evt, position, AuditAction.Drop, _reasonsCopy.Of(reasons), entityTypes, _assessment.Level, categories, reuseRecord);
        }
        string? fieldTag = null;
        if (decision.Action == PolicyAction.RedactField)
        {
            fieldTag = "[REDACTED:" + decision.Category + "]";
            reasons.Insert(0, AuditReasons.PolicyRedactFieldPrefix + decision.Category);
        }
        if (_scan.Entities.Count > 0)
        {
            reasons.Insert(0, AuditReasons.EntitiesRedacted);
        }
        if (key is not null)
        {
            reasons.Insert(0, key.Value.Reason);
        }
        if (evt.UnknownFieldCount > 0)
        {
            reasons.Add(AuditReasons.UnknownFieldsDropped);
        }
        var action = _scan.Entities.Count > 0 || fieldTag is not null || key is not null ? AuditAction.Redact : AuditAction.Pass;
        _writer.Write(evt, _scan, _assessment, action, fieldTag, Rules.Version);
        return Record(evt, position, action, reasons.Count == 0 ? [] : _reasonsCopy.Of(reasons), entityTypes, _assessment.Level, categories, reuseRecord);
    }

    private void ApplyConsent(InputEvent evt)
    {
        var consent = evt.Consent!;
        if (!ConsentTracker.TryParseAction(consent.Action, out var action))
        {
            throw new InvalidOperationException("Unknown consent action.");
        }
        Consent.Apply(evt.UserId, action, evt.Timestamp, consent.Minutes);
    }

    private AuditRecord Record(InputEvent evt, SourcePosition position, AuditAction action, IReadOnlyList<string> reasons,
        IReadOnlyList<string> entityTypes, SensitivityLevel level, IReadOnlyList<string> categories, bool reuse)
    {
        if (reuse)
        {
            _reusedRecord.Refill(evt.EventId, evt.TypeName, evt.UserId, action, reasons, entityTypes, level, categories, Rules.Version, position);
            return _reusedRecord;
        }
        return new()
        {
            EventId = evt.EventId,
            Type = evt.TypeName,
            UserId = evt.UserId,
            Action = action,
            Reasons = reasons,
            EntityTypes = entityTypes,
            Level = level,
            Categories = categories,
            PolicyVersion = Rules.Version,
            Position = position,
        };
    }
}
