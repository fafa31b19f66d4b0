using System.Diagnostics.CodeAnalysis;
using StreamFilter.Core.Events;
using StreamFilter.Core.Keystrokes;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// Connects the processor to the <see cref="KeystrokeStage"/>: hands it each key event (with the raw
/// bytes as payload, so a checkpointed key can still be emitted after a restart) and turns every
/// decision it makes, whenever it makes it, into the processor's forward and audit on the sink of the
/// call in progress. One decision per key, so exactly one audit per key event.
/// </summary>
internal sealed class KeystrokeRouter(EventProcessor processor, KeystrokeStage stage, KeyEventPool? pool) : IKeystrokeDecisionSink, IDisposable
{
    private IFilterSink? _sink;

    public KeystrokeStage Stage => stage;

    /// <param name="owned">The array behind <paramref name="raw"/> when the caller handed it over; otherwise the key keeps a copy.</param>
    public void Accept(InputEvent evt, ReadOnlySpan<byte> raw, byte[]? owned, SourcePosition position, IFilterSink sink)
    {
        var keystroke = pool?.RentKey() ?? KeystrokeEvent.Blank();
        var rented = owned is null && pool is not null;
        keystroke.Refill(evt, owned ?? pool?.RentPayload(raw) ?? raw.ToArray(), rented, position);
        _sink = sink;
        try
        {
            stage.Process(keystroke, this);
        }
        finally
        {
            _sink = null;
        }
    }

    public void Advance(DateTimeOffset now, IFilterSink sink)
    {
        _sink = sink;
        try
        {
            stage.Advance(now, this);
        }
        finally
        {
            _sink = null;
        }
    }

    public void Restore(byte[] snapshot, IFilterSink sink)
    {
        _sink = sink;
        try
        {
            stage.Restore(snapshot, this);
        }
        finally
        {
            _sink = null;
        }
    }

    public void Complete(IFilterSink sink)
    {
        _sink = sink;
        try
        {
            stage.Complete(this);
        }
        finally
        {
            _sink = null;
        }
    }

    public void Decided(in KeystrokeDecision decision)
    {
        var sink = _sink ?? throw new InvalidOperationException("A keystroke decision arrived outside a processor call.");
        var e = decision.Event;
        var raw = e.Payload ?? [];
        var evt = e.Attachment as InputEvent;
        if (evt is null && !TryReparse(raw, out evt))
        {
            processor.RejectKey(raw, AuditReasons.ProcessingFailedPrefix + "held key unreadable", e.Position, e.EventId, e.UserId, sink);
            return;
        }
        switch (decision.Verdict)
        {
            case KeyVerdict.Drop:
                processor.DropKey(evt, e.Position, decision.Reason ?? KeystrokeReasons.SensitiveValue, decision.EntityType, sink);
                break;
            case KeyVerdict.Mask:
                processor.Decide(evt, default, raw, e.Position, new KeyVerdictOverride(decision.Reason ?? KeystrokeReasons.SensitiveValue, decision.EntityType), sink);
                break;
            default:
                processor.Decide(evt, default, raw, e.Position, null, sink);
                break;
        }
        // Emitted, and the stage has let go of the key (it clears the queue slot after this call):
        // nothing refers to either any more. Not in a finally: an event whose emit threw stays out.
        pool?.Return(e, evt);
    }

    /// <summary>After a restore the parsed event is gone: the payload (the raw input) is parsed again.</summary>
    private bool TryReparse(byte[] raw, [NotNullWhen(true)] out InputEvent? evt) =>
        EventParser.TryParse(raw, processor.Rules.Limits, out evt, out _) && evt.Kind == EventKind.Keystroke;

    public void Dispose() => stage.Dispose();
}
