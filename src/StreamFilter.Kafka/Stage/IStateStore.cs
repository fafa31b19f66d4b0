using Confluent.Kafka;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Processor state (keystroke holdback, sessions) that must survive crashes and move with its input
/// partition on a rebalance. The stage writes the changes of each batch to a compacted changelog topic
/// in the batch's transaction and replays the changelog into the store on assignment, before any
/// record of that partition is processed (the Kafka Streams approach). Called from the stage thread only.
/// </summary>
public interface IStateStore
{
    /// <summary>Forgets the in-memory state of <paramref name="input"/> (revoked, or about to be restored after an aborted transaction).</summary>
    void Drop(TopicPartition input);

    /// <summary>Applies one changelog record of <paramref name="input"/>, oldest first; a null value deletes the key.</summary>
    void Restore(TopicPartition input, string key, byte[]? value);

    /// <summary>Moves every change made since the last call into <paramref name="changes"/>; the stage writes them into the open transaction.</summary>
    void TakeChanges(List<StateChange> changes);
}
