using StreamFilter.Core.Events;
using StreamFilter.Core.Policy;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// The filter stage's engine: turns each input event into exactly one audit record and at most one of
/// forward, dead-letter or quarantine on the <see cref="IFilterSink"/>. Fails closed: an event that
/// cannot be parsed, or whose scanning, redaction or assessment throws, is dead-lettered, never
/// forwarded.
/// </summary>
/// <remarks>
/// Not thread-safe: it reuses its finding buffer, assessment and output buffer from event to event.
/// Use one processor per worker thread (they may share the <see cref="RuleSet"/>). Exceptions thrown
/// by the sink itself are not caught: a failing output is the caller's runtime failure, not the event's.
/// </remarks>
public sealed class EventProcessor : IDisposable
{
    private static readonly IReadOnlyList<string> WorkOnly = [Category.Work];
    private static readonly IReadOnlyList<string> CredentialsOnly = [Category.Credentials];

    private readonly ISensitivityAssessor _assessor;
    private readonly FieldScanner _scanner;
    private readonly ScanResult _scan = new();
    private readonly SensitivityAssessment _assessment = new();
    private readonly FilteredEventWriter _writer = new();

    /// <summary>Set by <see cref="Judge"/> when the policy quarantines the event.</summary>
    private string? _quarantineReason;

    /// <param name="rules">The compiled rules; a reload means a new processor (or a new rule set per event batch).</param>
    /// <param name="assessor">Event-level signals (context rules, classifier); default: findings only.</param>
    public EventProcessor(RuleSet rules, ISensitivityAssessor? assessor = null)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _assessor = assessor ?? FindingsOnlySensitivityAssessor.Instance;
        _scanner = new FieldScanner(rules);
    }

    public RuleSet Rules { get; }

    /// <summary>Judges one UTF-8 JSON event. <paramref name="utf8Event"/> is only read during the call.</summary>
    public void Process(ReadOnlySpan<byte> utf8Event, SourcePosition position, IFilterSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (!EventParser.TryParse(utf8Event, Rules.Limits, out var evt, out var error))
        {
            DeadLetter(utf8Event, AuditReasons.InvalidEventPrefix + error.Reason, position, error.EventId, error.Type, error.UserId, sink);
            return;
        }
        AuditRecord record;
        try
        {
            record = Judge(evt, position);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only the type: messages of framework exceptions may quote the text being processed.
            DeadLetter(utf8Event, AuditReasons.ProcessingFailedPrefix + e.GetType().Name, position, evt.EventId, evt.TypeName, evt.UserId, sink);
            return;
        }
        switch (record.Action)
        {
            case AuditAction.Pass or AuditAction.Redact:
                sink.Forward(evt.UserId, _writer.Written);
                break;
            case AuditAction.Drop when _quarantineReason is { } reason:
                sink.Quarantine(utf8Event, reason, position);
                break;
        }
        sink.Audit(record);
    }

    /// <summary>
    /// Accounts for input that never became an event, such as an over-long line the reader could not
    /// keep whole: dead-lettered with <paramref name="reason"/> and audited like any rejected event.
    /// </summary>
    public void Reject(ReadOnlySpan<byte> raw, string reason, SourcePosition position, IFilterSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        DeadLetter(raw, reason, position, null, null, null, sink);
    }

    /// <summary>
    /// Time moves on (event time in file mode, wall-clock in the Kafka stage): releases whatever is held
    /// back past its deadline. Nothing is held yet; the keystroke stage hooks in here.
    /// </summary>
    public void Advance(DateTimeOffset now, IFilterSink sink) => ArgumentNullException.ThrowIfNull(sink);

    /// <summary>End of input: decides everything still held back. Nothing is held yet (see <see cref="Advance"/>).</summary>
    public void Complete(IFilterSink sink) => ArgumentNullException.ThrowIfNull(sink);

    public void Dispose() => _scanner.Dispose();

    /// <summary>Decides the event; when it is forwarded the filtered JSON is left in the writer.</summary>
    private AuditRecord Judge(InputEvent evt, SourcePosition position)
    {
        _quarantineReason = null;
        switch (evt.Kind)
        {
            case EventKind.Consent:
                return Record(evt, position, AuditAction.Drop, [AuditReasons.ConsentControl], [], SensitivityLevel.Ordinary, []);
            case EventKind.Keystroke when string.Equals(evt.Keystroke!.Field, "password", StringComparison.OrdinalIgnoreCase):
                return Record(evt, position, AuditAction.Drop, [AuditReasons.PasswordField], [], SensitivityLevel.Secret, CredentialsOnly);
        }
        _scanner.Scan(evt, _scan);
        _assessment.Reset();
        foreach (var hit in _scan.Entities)
        {
            _assessment.AddEntity(hit.EntityType);
        }
        _assessor.Assess(evt, _assessment);
        var decision = PolicyDecision.For(_assessment, Rules.Policy);
        var reasons = new List<string>(4);
        foreach (var j in _assessment.Judgments)
        {
            reasons.Add(j.Reason);
        }
        var entityTypes = _assessment.EntityTypes.Count == 0 ? [] : _assessment.EntityTypes.ToArray();
        var categories = _assessment.Categories.Count == 0 ? WorkOnly : _assessment.Categories.ToArray();
        if (decision.Action is PolicyAction.Drop or PolicyAction.Quarantine)
        {
            var prefix = decision.Action == PolicyAction.Drop ? AuditReasons.PolicyDropPrefix : AuditReasons.PolicyQuarantinePrefix;
            reasons.Insert(0, prefix + decision.Category);
            _quarantineReason = decision.Action == PolicyAction.Quarantine ? reasons[0] : null;
            return Record(evt, position, AuditAction.Drop, reasons, entityTypes, _assessment.Level, categories);
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
        if (evt.Kind == EventKind.Keystroke)
        {
            reasons.Add(AuditReasons.KeystrokeJudgedAlone);
        }
        if (evt.UnknownFieldCount > 0)
        {
            reasons.Add(AuditReasons.UnknownFieldsDropped);
        }
        var action = _scan.Entities.Count > 0 || fieldTag is not null ? AuditAction.Redact : AuditAction.Pass;
        _writer.Write(evt, _scan, _assessment, action, fieldTag, Rules.Version);
        return Record(evt, position, action, reasons, entityTypes, _assessment.Level, categories);
    }

    private AuditRecord Record(InputEvent evt, SourcePosition position, AuditAction action, IReadOnlyList<string> reasons,
        IReadOnlyList<string> entityTypes, SensitivityLevel level, IReadOnlyList<string> categories) => new()
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
        Source = position.ToString(),
    };

    private void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position, string? eventId, string? type, string? userId, IFilterSink sink)
    {
        sink.DeadLetter(raw, reason, position);
        sink.Audit(new AuditRecord
        {
            EventId = eventId ?? "",
            Type = type ?? "unknown",
            UserId = userId ?? "",
            Action = AuditAction.DeadLetter,
            Reasons = [reason],
            PolicyVersion = Rules.Version,
            Source = position.ToString(),
        });
    }
}
