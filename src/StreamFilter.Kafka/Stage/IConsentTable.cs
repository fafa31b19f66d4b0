namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The consent global table: the latest consent event per user, from the compacted consent topic,
/// which every instance reads whole before processing so a pause is honoured whichever partition a
/// user's events land on. Implemented by the consent state of the stateful filter.
/// </summary>
public interface IConsentTable
{
    /// <summary>Applies one record of the consent topic, oldest first; a null value (tombstone) forgets the user.</summary>
    void Apply(string userId, byte[]? consentEventJson);
}
