using StreamFilter.Core.Pipeline;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The <see cref="IConsentTable"/> over the processor's consent state: topic values are a user's whole
/// consent windows in the tracker's versioned snapshot form, so applying a record replaces the user's
/// state and the latest record per user (what compaction keeps) is all an instance needs.
/// </summary>
public sealed class ProcessorConsentTable(EventProcessor processor) : IConsentTable
{
    private readonly List<string> changedUsers = [];

    /// <exception cref="FormatException">The value is not a consent snapshot.</exception>
    public void Apply(string userId, byte[]? userState) => processor.Consent.Restore(userId, userState);

    public void TakeChanges(List<KeyValuePair<string, byte[]?>> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        changedUsers.Clear();
        processor.Consent.TakeChangedUsers(changedUsers);
        foreach (var user in changedUsers)
        {
            changes.Add(new KeyValuePair<string, byte[]?>(user, processor.Consent.Snapshot(user)));
        }
    }
}
