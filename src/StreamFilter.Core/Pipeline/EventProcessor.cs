using StreamFilter.Core.Consent;
using StreamFilter.Core.Events;
using StreamFilter.Core.Keystrokes;
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
public sealed partial class EventProcessor : IDisposable
{
    private static readonly IReadOnlyList<string> WorkOnly = [Category.Work];

    private ISensitivityAssessor _assessor;
    private FieldScanner _scanner;
    private readonly ScanResult _scan = new();
    private readonly SensitivityAssessment _assessment = new();
    private readonly FilteredEventWriter _writer;
    private readonly KeystrokeRouter _keys;
    /// <summary>The parser's scratch, reused per event, with the interned strings of repeating values.</summary>
    private readonly EventFieldBag _parsed = new() { Cache = new StringCache() };

    /// <summary>
    /// Key events reused once decided, so a key costs no event objects of its own. Null on the general
    /// paths, which also read every event with the general JSON reader instead of the flat one first.
    /// </summary>
    private readonly KeyEventPool? _pool;

    /// <summary>The reasons of the event being judged; copied into its audit record only when there are any.</summary>
    private readonly List<string> _reasons = new(4);

    /// <summary>The copy of <see cref="_reasons"/> a record keeps, shared while they repeat.</summary>
    private readonly RepeatedList _reasonsCopy = new();

    /// <summary>Refilled for every event decided for a sink that keeps no records (<see cref="IFilterSink.KeepsAuditRecords"/>).</summary>
    private readonly AuditRecord _reusedRecord = new() { EventId = "", Type = "", UserId = "", Action = AuditAction.Pass, PolicyVersion = "" };

    /// <summary>Set by <see cref="Judge"/> when the policy quarantines the event.</summary>
    private string? _quarantineReason;

    /// <param name="rules">The compiled rules; a reload swaps them with <see cref="UseRules"/>.</param>
    /// <param name="assessor">Event-level signals (context rules, classifier); default: findings only.</param>
    public EventProcessor(RuleSet rules, ISensitivityAssessor? assessor = null)
        : this(rules, assessor, fastPaths: true)
    {
    }

    /// <param name="fastPaths">
    /// False parses every event into new objects and writes every JSON call by call: the general paths,
    /// which the tests hold the fast ones (reused key events, fixed-shape JSON) to, byte for byte.
    /// </param>
    internal EventProcessor(RuleSet rules, ISensitivityAssessor? assessor, bool fastPaths)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _writer = new FilteredEventWriter(fixedShapes: fastPaths);
        _pool = fastPaths ? new KeyEventPool() : null;
        _assessor = assessor ?? FindingsOnlySensitivityAssessor.Instance;
        _scanner = new FieldScanner(rules);
        Consent = new ConsentTracker(rules.Consent);
        _keys = new KeystrokeRouter(this, new KeystrokeStage(rules.Engine, rules.Keystrokes), _pool);
        UseTypedTextJudge();
    }

    public RuleSet Rules { get; private set; }

    /// <summary>
    /// Judges every event from the next call on by <paramref name="rules"/> (a rules reload), keeping
    /// the keystroke sessions and consent state: held keys are decided by the new rules. Call between
    /// events, on the thread that processes them.
    /// </summary>
    public void UseRules(RuleSet rules, ISensitivityAssessor? assessor = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var scanner = new FieldScanner(rules);
        _scanner.Dispose();
        _scanner = scanner;
        _assessor = assessor ?? FindingsOnlySensitivityAssessor.Instance;
        Rules = rules;
        Consent.Options = rules.Consent;
        _keys.Stage.UseRules(rules.Engine, rules.Keystrokes);
        UseTypedTextJudge();
    }

    /// <summary>Typed text is classified too when the assessor has a classifier (issue: reassembled keystrokes).</summary>
    private void UseTypedTextJudge() =>
        _keys.Stage.UseJudge(_assessor is ClassifierSensitivityAssessor classifier
            ? text => classifier.JudgeTypedText(text, Rules.Policy)
            : null);

    /// <summary>
    /// Judges one UTF-8 JSON event. <paramref name="utf8Event"/> is only read during the call. A key
    /// event may be held back by the keystroke stage: its forward and audit then come during a later
    /// call (another key of its session, <see cref="Advance"/> or <see cref="Complete"/>).
    /// </summary>
    public void Process(ReadOnlySpan<byte> utf8Event, SourcePosition position, IFilterSink sink) =>
        Process(utf8Event, null, position, sink);

    /// <summary>
    /// Like <see cref="Process(ReadOnlySpan{byte}, SourcePosition, IFilterSink)"/>, but the caller hands
    /// <paramref name="utf8Event"/> over: a held key keeps this array as its payload instead of a copy.
    /// The caller must never change the array afterwards (a consumer's freshly allocated record value).
    /// </summary>
    public void ProcessOwned(byte[] utf8Event, SourcePosition position, IFilterSink sink)
    {
        ArgumentNullException.ThrowIfNull(utf8Event);
        Process(utf8Event, utf8Event, position, sink);
    }

    private void Process(ReadOnlySpan<byte> utf8Event, byte[]? owned, SourcePosition position, IFilterSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        InputEvent? evt = null;
        EventParseError error = default;
        string? failure = null;
        var holdKey = false;
        try
        {
            if (EventParser.TryParse(utf8Event, Rules.Limits, _parsed, out evt, out error, _pool, flatFirst: _pool is not null))
            {
                holdKey = evt.Kind == EventKind.Keystroke && Consent.SuppressionReason(evt.UserId, evt.Timestamp) is null;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only the type: messages of framework exceptions may quote the text being processed.
            failure = AuditReasons.ProcessingFailedPrefix + e.GetType().Name;
            evt = null;
        }
        if (evt is null)
        {
            var reason = failure ?? AuditReasons.InvalidEventPrefix + error.Reason;
            DeadLetter(utf8Event, reason, position, error.EventId, error.Type, error.UserId, sink);
            return;
        }
        if (holdKey)
        {
            // Not caught: the stage calls the sink, and an exception here could leave the key
            // half-held and later audited twice.
            _keys.Accept(evt, utf8Event, owned, position, sink);
            return;
        }
        Decide(evt, utf8Event, null, position, null, sink);
        if (evt.Kind == EventKind.Keystroke)
        {
            // A key judged at once (its user paused recording): parsed into a pooled event, done with now.
            _pool?.Return(evt);
        }
    }

    /// <summary>Judges and emits one event; <paramref name="key"/> is set for a key the keystroke stage masked.</summary>
    /// <param name="lent">The raw event, when it is the caller's span of the call in progress.</param>
    /// <param name="held">
    /// The raw event a held key kept (then <paramref name="lent"/> is empty): only read when the event is
    /// dead-lettered or quarantined, since a held key's copy is long out of the CPU cache by the time it is decided.
    /// </param>
    internal void Decide(InputEvent evt, ReadOnlySpan<byte> lent, byte[]? held, SourcePosition position, KeyVerdictOverride? key, IFilterSink sink)
    {
        AuditRecord? record = null;
        string? failure = null;
        try
        {
            record = Judge(key is null ? evt : key.Value.Mask(evt, Rules.Keystrokes.MaskKey), position, key, !sink.KeepsAuditRecords);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failure = AuditReasons.ProcessingFailedPrefix + e.GetType().Name;
        }
        // The sink is called outside the try: its own failures are the caller's, and must not be
        // mistaken for this event's (which would account for the event twice).
        if (record is null)
        {
            DeadLetter(held ?? lent, failure!, position, evt.EventId, evt.TypeName, evt.UserId, sink);
            return;
        }
        switch (record.Action)
        {
            case AuditAction.Pass or AuditAction.Redact:
                sink.Forward(evt.UserId, _writer.Written);
                break;
            case AuditAction.Drop when _quarantineReason is { } reason:
                sink.Quarantine(held ?? lent, reason, position);
                break;
        }
        sink.Audit(record);
    }

    /// <summary>A key the keystroke stage dropped (password field, or a sensitive key with DropSensitiveKeys).</summary>
    internal void DropKey(InputEvent evt, SourcePosition position, string reason, string? entityType, IFilterSink sink)
    {
        var (category, level) = entityType is null ? (Category.Credentials, SensitivityLevel.Secret) : EntitySensitivity.Of(entityType, Rules.CustomEntities);
        sink.Audit(Record(evt, position, AuditAction.Drop, [reason], entityType is null ? [] : [entityType], level, category is null ? [] : [category], !sink.KeepsAuditRecords));
    }

    /// <summary>A held key whose stored event could not be read back (corrupt restored state): dead-lettered.</summary>
    internal void RejectKey(ReadOnlySpan<byte> raw, string reason, SourcePosition position, string eventId, string userId, IFilterSink sink) =>
        DeadLetter(raw, reason, position, eventId, EventKindNames.Of(EventKind.Keystroke), userId, sink);

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
    /// Time moves on (wall-clock in the Kafka stage): releases keys of sessions idle past their deadline.
    /// Process never advances time itself: one event with a clock far in the future must not flush
    /// every session (a session's own next key still flushes it by its own event time).
    /// </summary>
    public void Advance(DateTimeOffset now, IFilterSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _keys.Advance(now, sink);
    }

    /// <summary>End of input: decides every key still held back.</summary>
    public void Complete(IFilterSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _keys.Complete(sink);
    }

    /// <summary>
    /// The keystroke stage, for checkpointing: <see cref="KeystrokeStage.TakeChangedSessions"/> and
    /// <see cref="KeystrokeStage.Snapshot"/> after a batch; restore through <see cref="RestoreKeystrokeSession"/>.
    /// </summary>
    public KeystrokeStage Keystrokes => _keys.Stage;

    /// <summary>
    /// Restores one session's checkpoint before processing resumes. A session evicted to make room is
    /// decided (masked) and audited on <paramref name="sink"/> like any other key.
    /// </summary>
    /// <exception cref="FormatException">The snapshot is corrupt or of an unknown version.</exception>
    public void RestoreKeystrokeSession(byte[] snapshot, IFilterSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _keys.Restore(snapshot, sink);
    }

    /// <summary>Every user's pauses and opt-outs, built from consent events; a global table in the Kafka stage.</summary>
    public ConsentTracker Consent { get; }

    public void Dispose()
    {
        _scanner.Dispose();
        _keys.Dispose();
    }

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
            Position = position,
        });
    }
}
