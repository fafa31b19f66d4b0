namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// The stage's least-recently-used order of sessions, for eviction. A key only stamps its session with
/// the next tick (a field of the session, which the key touches anyway); the order is sorted out when
/// a session must be evicted. A linked list kept in order relinked three list nodes on every key, and
/// with many people typing at once those nodes were out of the CPU cache each time. Not thread-safe.
/// </summary>
/// <remarks>
/// A heap holds each live session once, under the tick it had when it entered; an entry whose session
/// was used since is pushed back under its new tick when it comes up, so the first entry that comes up
/// current is the least recently used session. Entries of sessions removed otherwise (forgotten) are
/// dropped when they come up, or when they outnumber the live sessions.
/// </remarks>
internal sealed class SessionRecency
{
    private readonly PriorityQueue<KeystrokeSession, long> _heap = new();
    private long _clock;

    /// <summary>The session is the most recently used.</summary>
    public void Touch(KeystrokeSession session) => session.RecencyTick = ++_clock;

    /// <summary>A new live session, the most recently used; <paramref name="liveCount"/> includes it.</summary>
    public void Add(KeystrokeSession session, int liveCount)
    {
        Touch(session);
        _heap.Enqueue(session, session.RecencyTick);
        if (_heap.Count > (2 * liveCount) + 64)
        {
            DropRemoved();
        }
    }

    /// <summary>Takes the least recently used live session out of the order (the caller then removes it).</summary>
    public KeystrokeSession TakeLeastRecent()
    {
        while (_heap.TryDequeue(out var session, out var tick))
        {
            if (session.Removed)
            {
                continue;
            }
            if (tick != session.RecencyTick)
            {
                _heap.Enqueue(session, session.RecencyTick);
                continue;
            }
            return session;
        }
        throw new InvalidOperationException("No live session to evict.");
    }

    /// <summary>The live sessions, most recently used first.</summary>
    public static KeystrokeSession[] MostRecentFirst(Dictionary<SessionKey, KeystrokeSession>.ValueCollection live)
    {
        var sessions = new KeystrokeSession[live.Count];
        live.CopyTo(sessions, 0);
        Array.Sort(sessions, static (a, b) => b.RecencyTick.CompareTo(a.RecencyTick));
        return sessions;
    }

    private void DropRemoved()
    {
        var live = new List<(KeystrokeSession, long)>(_heap.Count);
        foreach (var entry in _heap.UnorderedItems)
        {
            if (!entry.Element.Removed)
            {
                live.Add(entry);
            }
        }
        _heap.Clear();
        _heap.EnqueueRange(live);
    }
}
