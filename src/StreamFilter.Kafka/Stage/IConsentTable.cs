namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The consent global table: the latest consent state per user, from the compacted consent topic,
/// which every instance reads whole before processing and then follows, so a pause is honoured
/// whichever partition a user's events land on. The instance that processes a consent event writes
/// the user's new state to the topic in the batch's transaction (<see cref="TakeChanges"/>).
/// Called from the stage thread only.
/// </summary>
public interface IConsentTable
{
    /// <summary>Applies one record of the consent topic, oldest first; a null value (tombstone) forgets the user.</summary>
    void Apply(string userId, byte[]? userState);

    /// <summary>Moves the state of every user changed since the last call into <paramref name="changes"/> (null: forget the user).</summary>
    void TakeChanges(List<KeyValuePair<string, byte[]?>> changes);
}
