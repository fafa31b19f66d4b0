using StreamFilter.Core.Metrics;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Rules;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Runs Core's <see cref="EventProcessor"/> (the same filter as `streamfilter filter`) in the stage.
/// With a <see cref="KeystrokeStateStore"/>, tells it which partition each touched session belongs to
/// and emits the decisions a state restore made, inside the next batch's transaction. Reloaded rules
/// (<see cref="UseRules"/>, any thread) take effect between batches, so one batch is judged by one version.
/// </summary>
public sealed class EventProcessorAdapter(EventProcessor processor, KeystrokeStateStore? state = null, StreamFilterMetrics? metrics = null) : IEventProcessor
{
    private sealed record PendingRules(RuleSet Rules, ISensitivityAssessor Assessor);

    private PendingRules? pending;
    private int reportedHeldKeys;
    private bool processedSinceAdvance;
    private DateTimeOffset? quietSince;

    /// <summary>Swaps the processor's rules before the next batch's first record or end-of-batch step, whichever comes first; keystroke and consent state are kept.</summary>
    public void UseRules(RuleSet rules, ISensitivityAssessor assessor)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(assessor);
        Volatile.Write(ref pending, new PendingRules(rules, assessor));
    }

    public void Process(ReadOnlySpan<byte> utf8Event, SourcePosition position, IFilterSink sink)
    {
        StartBatch();
        EmitRestoreDecisions(sink);
        processor.Process(utf8Event, position, sink);
        Processed(position);
    }

    /// <summary>
    /// Before a batch's first record, rules handed over meanwhile switch in: a batch that was already
    /// waiting for records when a reload was applied is judged by the new rules, and still by one version.
    /// </summary>
    private void StartBatch()
    {
        if (!processedSinceAdvance)
        {
            SwitchInPendingRules();
        }
    }

    private void SwitchInPendingRules()
    {
        if (Interlocked.Exchange(ref pending, null) is { } next)
        {
            processor.UseRules(next.Rules, next.Assessor);
        }
    }

    private void Processed(SourcePosition position)
    {
        processedSinceAdvance = true;
        state?.Attribute(position);
        ReportHoldback();
    }

    /// <summary>The stage calls this once per batch, after its records; reloaded rules not yet switched in do so here too.</summary>
    public void Advance(DateTimeOffset now, IFilterSink sink)
    {
        SwitchInPendingRules();
        EmitRestoreDecisions(sink);
        processor.Advance(IdleClock(now), sink);
        ReportHoldback();
    }

    /// <summary>
    /// The time idle keystroke flushes are judged by. Wall-clock time alone would make every session
    /// look idle when a backlog of older events is replayed, releasing keys of values still being typed
    /// (a leak). So the clock is event time (the newest keystroke seen) while records arrive, and moves
    /// on with the wall clock only while the input is quiet, so a quiet session is still decided after
    /// the idle timeout. It never runs ahead of <paramref name="now"/>: a key stamped in the future
    /// cannot flush every other session.
    /// </summary>
    private DateTimeOffset IdleClock(DateTimeOffset now)
    {
        if (processedSinceAdvance || quietSince is null)
        {
            quietSince = now;
            processedSinceAdvance = false;
        }
        if (processor.Keystrokes.LatestEventTime is not { } latest)
        {
            return now;
        }
        var quiet = now - quietSince.Value;
        return latest > now - quiet ? now : latest + quiet;
    }

    public void Complete(IFilterSink sink)
    {
        EmitRestoreDecisions(sink);
        processor.Complete(sink);
        ReportHoldback();
    }

    private void EmitRestoreDecisions(IFilterSink sink)
    {
        if (state is not null && !state.RestoreDecisions.IsEmpty)
        {
            state.RestoreDecisions.DrainInto(sink);
        }
    }

    /// <summary>Reports the change since the last call, which also covers keys forgotten with a revoked partition.</summary>
    private void ReportHoldback()
    {
        if (metrics is null)
        {
            return;
        }
        var held = processor.Keystrokes.HeldKeyCount;
        if (held != reportedHeldKeys)
        {
            metrics.HoldbackChanged(held - reportedHeldKeys);
            reportedHeldKeys = held;
        }
    }
}
