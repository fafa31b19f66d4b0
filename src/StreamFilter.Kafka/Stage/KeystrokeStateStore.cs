using System.Globalization;
using Confluent.Kafka;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Security;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The <see cref="IStateStore"/> over the processor's keystroke sessions: each session belongs to the
/// input partition its keys arrive on (the recorder keys them by user, so a session never spans
/// partitions); changed sessions become changelog records keyed by session, and a revoked partition's
/// sessions are forgotten undecided, since the new owner restores them, held keys included.
/// Snapshots hold raw held keys, so they are sealed (AES-256-GCM, <see cref="StateSealer"/>) with the
/// quarantine key before they reach the changelog topic, bound to their session key.
/// Called from the stage thread only, like the processor.
/// </summary>
public sealed class KeystrokeStateStore : IStateStore, IDisposable
{
    private readonly EventProcessor processor;
    private readonly StateSealer sealer;
    private readonly PreviousKeyUse? previousKeyUse;
    private readonly Dictionary<SessionKey, TopicPartition> owners = [];
    private readonly Dictionary<TopicPartition, HashSet<SessionKey>> sessionsOf = [];
    private readonly Dictionary<string, TopicPartition> partitionOfSource = new(StringComparer.Ordinal);
    private readonly HashSet<SessionKey> dirty = [];
    private readonly List<SessionKey> changed = [];

    /// <param name="processor">The processor whose keystroke sessions are checkpointed.</param>
    /// <param name="stateKey">32 bytes: the dead-letter and quarantine key, which also seals the changelog.</param>
    public KeystrokeStateStore(EventProcessor processor, byte[] stateKey)
        : this(processor, KeyRing.Of(stateKey), null)
    {
    }

    /// <param name="processor">The processor whose keystroke sessions are checkpointed.</param>
    /// <param name="stateKeys">The quarantine keys: the current one seals, previous ones still open records written before a rotation.</param>
    /// <param name="previousKeyUse">Counts and reports records opened with a previous key.</param>
    public KeystrokeStateStore(EventProcessor processor, KeyRing stateKeys, PreviousKeyUse? previousKeyUse)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(stateKeys);
        this.processor = processor;
        sealer = new StateSealer(stateKeys);
        this.previousKeyUse = previousKeyUse;
    }

    public void Dispose() => sealer.Dispose();

    /// <summary>
    /// Decisions made while restoring (a session evicted to make room): restore runs between batches,
    /// outside any transaction, so they wait here for the next batch's sink.
    /// </summary>
    internal DeferredFilterSink RestoreDecisions { get; } = new();

    /// <summary>After a processor call for an input record: sessions touched for the first time belong to its partition.</summary>
    internal void Attribute(SourcePosition position)
    {
        changed.Clear();
        processor.Keystrokes.TakeChangedSessions(changed);
        if (changed.Count == 0)
        {
            return;
        }
        var partition = PartitionOf(position.Source);
        foreach (var session in changed)
        {
            if (!owners.ContainsKey(session))
            {
                Own(session, partition);
            }
            dirty.Add(session);
        }
    }

    public void Drop(TopicPartition input)
    {
        CollectChanges();
        if (!sessionsOf.Remove(input, out var sessions))
        {
            return;
        }
        foreach (var session in sessions)
        {
            processor.Keystrokes.Forget(session);
            owners.Remove(session);
            dirty.Remove(session);
        }
    }

    public void Restore(TopicPartition input, string key, byte[]? value)
    {
        var session = Decode(key);
        processor.Keystrokes.Forget(session);
        if (value is null)
        {
            Disown(session);
            return;
        }
        byte[] snapshot;
        int keyGeneration;
        try
        {
            snapshot = sealer.Open(value, key, out keyGeneration);
        }
        catch (StateSealException e)
        {
            // Held keys that cannot be read back cannot be decided: stop rather than lose them.
            throw new StageFatalException($"Keystroke state restored from the changelog for {input.Topic}[{input.Partition.Value}] does not open: {e.Message} Run the stage with the quarantine key that wrote it (as the current or a previous key).", e);
        }
        processor.RestoreKeystrokeSession(snapshot, RestoreDecisions);
        Own(session, input);
        // Restoring is not a change to write back; sessions evicted by it are (their keys were decided).
        changed.Clear();
        processor.Keystrokes.TakeChangedSessions(changed);
        foreach (var evicted in changed)
        {
            if (evicted != session)
            {
                dirty.Add(evicted);
            }
        }
        if (keyGeneration != 0)
        {
            // Sealed with a previous key: written back under the current key with the next batch, so the
            // old key's records age out by compaction even for a session that never changes again.
            dirty.Add(session);
            previousKeyUse?.Opened(PreviousKeyUse.ChangelogRecord, $"{input.Topic}[{input.Partition.Value}]", keyGeneration);
        }
    }

    public void TakeChanges(List<StateChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        CollectChanges();
        foreach (var session in dirty)
        {
            if (!owners.TryGetValue(session, out var partition))
            {
                continue;
            }
            var snapshot = processor.Keystrokes.Snapshot(session);
            var key = Encode(session);
            changes.Add(new StateChange(partition, key, snapshot is null ? null : sealer.Seal(snapshot, key)));
            if (snapshot is null)
            {
                Disown(session);
            }
        }
        dirty.Clear();
    }

    /// <summary>The changelog key of a session: length-prefixed so ids containing '/' cannot collide.</summary>
    public static string Encode(SessionKey session) =>
        string.Create(CultureInfo.InvariantCulture, $"{session.DeviceId.Length}:{session.DeviceId}/{session.SessionId}");

    /// <exception cref="FormatException">Not a key written by <see cref="Encode"/>.</exception>
    public static SessionKey Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && int.TryParse(key.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            && colon + 1 + length < key.Length && key[colon + 1 + length] == '/')
        {
            return new SessionKey(key.Substring(colon + 1, length), key[(colon + 2 + length)..]);
        }
        throw new FormatException("Not a keystroke session changelog key.");
    }

    /// <summary>Changes made outside Process (idle flush in Advance, evictions) belong to already-owned sessions.</summary>
    private void CollectChanges()
    {
        changed.Clear();
        processor.Keystrokes.TakeChangedSessions(changed);
        foreach (var session in changed)
        {
            dirty.Add(session);
        }
    }

    private void Own(SessionKey session, TopicPartition partition)
    {
        owners[session] = partition;
        if (!sessionsOf.TryGetValue(partition, out var sessions))
        {
            sessionsOf[partition] = sessions = [];
        }
        sessions.Add(session);
    }

    private void Disown(SessionKey session)
    {
        if (owners.Remove(session, out var partition) && sessionsOf.TryGetValue(partition, out var sessions))
        {
            sessions.Remove(session);
        }
    }

    /// <summary>"topic[2]" (the stage's <see cref="SourcePosition.Source"/>) to its partition, parsed once per partition.</summary>
    private TopicPartition PartitionOf(string source)
    {
        if (partitionOfSource.TryGetValue(source, out var partition))
        {
            return partition;
        }
        var open = source.LastIndexOf('[');
        if (open < 0 || source[^1] != ']' || !int.TryParse(source.AsSpan(open + 1, source.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new InvalidOperationException($"Source {source} is not a Kafka partition position.");
        }
        partition = new TopicPartition(source[..open], number);
        partitionOfSource[source] = partition;
        return partition;
    }
}
