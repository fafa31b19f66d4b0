using StreamFilter.Core.Detection;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// Rebuilds what each session typed, holds keys back until it is known whether they are part of a
/// sensitive value, and then decides every key exactly once (forward, mask or drop), in arrival order
/// per session. Event time drives idle flushes, so results are deterministic for a given input.
/// </summary>
/// <remarks>
/// Memory is bounded: at most <see cref="KeystrokeOptions.MaxSessions"/> sessions (the least recently
/// used is evicted, its undecided keys masked) and <see cref="KeystrokeOptions.MaxKeysPerSession"/>
/// held keys per session. Not thread-safe: one stage per partition worker.
/// </remarks>
public sealed class KeystrokeStage : IDisposable
{
    private readonly Dictionary<SessionKey, KeystrokeSession> _sessions = [];
    private readonly LinkedList<KeystrokeSession> _lru = new();
    private readonly PriorityQueue<KeystrokeSession, DateTimeOffset> _idle = new();
    private readonly HashSet<SessionKey> _changed = [];

    /// <summary>
    /// Advanced by <see cref="TakeChangedSessions"/>: a session marked in the current round is already
    /// in <see cref="_changed"/>, so its next keys skip hashing its key into the set again.
    /// </summary>
    private long _changedRound = 1;
    private readonly KeystrokeScratch _scratch;

    public KeystrokeStage(DetectorEngine engine, KeystrokeOptions options)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        _scratch = new KeystrokeScratch(engine, options);
    }

    public int SessionCount => _sessions.Count;

    /// <summary>Keys accepted but not yet decided, over all sessions.</summary>
    public int HeldKeyCount { get; private set; }

    /// <summary>Uses new rules from the next key on (a rules reload); held keys are judged by them.</summary>
    public void UseRules(DetectorEngine engine, KeystrokeOptions options)
    {
        _scratch.Engine = engine;
        _scratch.Options = options;
    }

    /// <summary>
    /// Judges the typed text as a whole whenever keys are released (the classifier): a medical message
    /// typed into a chat has no identifier for the detectors to find, yet must not go out key by key.
    /// </summary>
    public void UseJudge(TypedTextJudge? judge) => _scratch.Judge = judge;

    /// <summary>
    /// The newest event time of any key accepted: the event-time clock a streaming host advances idle
    /// flushes with (see the Kafka stage's adapter).
    /// </summary>
    public DateTimeOffset? LatestEventTime { get; private set; }

    public void Process(KeystrokeEvent e, IKeystrokeDecisionSink sink)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (LatestEventTime is not { } latest || e.Timestamp > latest)
        {
            LatestEventTime = e.Timestamp;
        }
        var session = Touch(e.Session, sink);
        if (session.HeldCount > 0 && e.Timestamp - session.LastEventTime >= _scratch.Options.IdleFlush)
        {
            Run(session, ReleaseMode.Idle, sink, e.Timestamp);
        }
        if (e.Timestamp > session.LastEventTime)
        {
            session.LastEventTime = e.Timestamp;
        }
        var before = session.HeldCount;
        session.Accept(e, _scratch, sink);
        HeldKeyCount += session.HeldCount - before;
        MarkChanged(session);
        ScheduleIdle(session);
    }

    /// <summary>
    /// Releases the held keys of every session idle for <see cref="KeystrokeOptions.IdleFlush"/> at
    /// <paramref name="now"/>, except partial values, which stay held up to <see cref="KeystrokeOptions.MaxHoldback"/>
    /// and are masked past it.
    /// </summary>
    public void Advance(DateTimeOffset now, IKeystrokeDecisionSink sink)
    {
        while (_idle.TryPeek(out var session, out var due) && due <= now)
        {
            _idle.Dequeue();
            session.InIdleQueue = false;
            if (session.Removed || session.HeldCount == 0)
            {
                continue;
            }
            if (IdleDeadline(session) > now)
            {
                ScheduleIdle(session);
                continue;
            }
            Run(session, ReleaseMode.Idle, sink, now);
            if (session.HeldCount > 0 && IdleDeadline(session) <= now)
            {
                // The bound saturated at the end of time: nothing later can come, so decide now.
                Run(session, ReleaseMode.End, sink);
            }
            ScheduleIdle(session); // a partial value kept: due again at the holdback bound
        }
    }

    /// <summary>End of input: decides every held key; partial values still held are masked.</summary>
    public void Complete(IKeystrokeDecisionSink sink)
    {
        foreach (var session in _lru)
        {
            Run(session, ReleaseMode.End, sink);
        }
    }

    /// <summary>Sessions changed since the last call (for a changelog); removed ones have no snapshot.</summary>
    public void TakeChangedSessions(ICollection<SessionKey> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        foreach (var key in _changed)
        {
            into.Add(key);
        }
        _changed.Clear();
        _changedRound++;
    }

    /// <summary>The session's state (text, cursor, focus, held keys), or null if it is not held.</summary>
    public byte[]? Snapshot(SessionKey key) =>
        _sessions.TryGetValue(key, out var session) ? KeystrokeSessionCodec.Write(session) : null;

    /// <summary>
    /// Restores a session from <see cref="Snapshot"/> (on partition assignment, before processing).
    /// <paramref name="sink"/> receives the decisions of any session evicted to make room.
    /// </summary>
    /// <exception cref="FormatException">The snapshot is corrupt or of an unknown version.</exception>
    /// <exception cref="InvalidOperationException">The session is already live: replacing it would lose its held keys.</exception>
    public void Restore(byte[] snapshot, IKeystrokeDecisionSink sink)
    {
        var session = KeystrokeSessionCodec.Read(snapshot);
        if (_sessions.ContainsKey(session.Key))
        {
            throw new InvalidOperationException($"Session {session.Key} is already live; restore before processing.");
        }
        Add(session, sink);
        HeldKeyCount += session.HeldCount;
        ScheduleIdle(session);
    }

    /// <summary>
    /// Forgets a session without deciding its held keys: its input partition moved to another instance,
    /// which restores the session (held keys included) from the changelog. Returns false if it is not live.
    /// </summary>
    public bool Forget(SessionKey key)
    {
        _changed.Remove(key);
        if (!_sessions.TryGetValue(key, out var session))
        {
            return false;
        }
        Remove(session);
        return true;
    }

    private KeystrokeSession Touch(SessionKey key, IKeystrokeDecisionSink sink)
    {
        if (_sessions.TryGetValue(key, out var session))
        {
            _lru.Remove(session.LruNode!);
            _lru.AddFirst(session.LruNode!);
            return session;
        }
        session = new KeystrokeSession(key);
        Add(session, sink);
        return session;
    }

    private void Add(KeystrokeSession session, IKeystrokeDecisionSink sink)
    {
        _sessions.Add(session.Key, session);
        session.LruNode = _lru.AddFirst(session);
        while (_sessions.Count > Math.Max(1, _scratch.Options.MaxSessions))
        {
            var victim = _lru.Last!.Value;
            Run(victim, ReleaseMode.Evict, sink);
            Remove(victim);
            MarkChanged(victim);
        }
    }

    private void Remove(KeystrokeSession session)
    {
        HeldKeyCount -= session.HeldCount;
        _sessions.Remove(session.Key);
        _lru.Remove(session.LruNode!);
        session.Removed = true;
    }

    private void Run(KeystrokeSession session, ReleaseMode mode, IKeystrokeDecisionSink sink, DateTimeOffset now = default)
    {
        var before = session.HeldCount;
        session.Release(mode, _scratch, sink, now);
        HeldKeyCount += session.HeldCount - before;
        MarkChanged(session);
    }

    /// <summary>
    /// Only <see cref="Forget"/> takes a key out of the set before the round ends, and it removes the
    /// live session of that key with it: a session marked this round always has its key in the set.
    /// </summary>
    private void MarkChanged(KeystrokeSession session)
    {
        if (session.ChangedRound != _changedRound)
        {
            session.ChangedRound = _changedRound;
            _changed.Add(session.Key);
        }
    }

    private void ScheduleIdle(KeystrokeSession session)
    {
        if (session.HeldCount > 0 && !session.InIdleQueue)
        {
            session.InIdleQueue = true;
            _idle.Enqueue(session, IdleDeadline(session));
        }
    }

    /// <summary>
    /// The idle flush after the session's last key; once a flush kept a partial value, the holdback
    /// bound counted from its oldest key. Saturates instead of overflowing: an event stamped near the
    /// end of time must not throw.
    /// </summary>
    private DateTimeOffset IdleDeadline(KeystrokeSession session) => session.PartialHeld && session.HeldCount > 0
        ? Later(session.HeadTime, _scratch.Options.MaxHoldback)
        : Later(session.LastEventTime, _scratch.Options.IdleFlush);

    private static DateTimeOffset Later(DateTimeOffset time, TimeSpan by) =>
        time > DateTimeOffset.MaxValue - by ? DateTimeOffset.MaxValue : time + by;

    public void Dispose() => _scratch.Dispose();
}
