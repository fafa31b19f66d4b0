using System.Runtime.InteropServices;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Consent;

/// <summary>
/// What each user has asked for: pauses (with a length, capped by config), resumes, opt-outs and
/// opt-ins. <see cref="SuppressionReason"/> judges an event by its own event time, not by arrival.
/// In file mode the state is built from the same stream; in the Kafka stage it is a global table fed
/// by a compacted topic (see <see cref="Snapshot"/> / <see cref="Restore"/>). Not thread-safe.
/// </summary>
public sealed class ConsentTracker(ConsentOptions options)
{
    private readonly Dictionary<string, UserConsent> _users = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    public ConsentOptions Options { get; set; } = options ?? throw new ArgumentNullException(nameof(options));

    public int UserCount => _users.Count;

    /// <summary>
    /// Applies one consent event. <paramref name="minutes"/> is for pauses: missing or not positive
    /// means the default, longer than the maximum is capped (a request is never refused).
    /// </summary>
    public void Apply(string userId, ConsentAction action, DateTimeOffset at, int? minutes = null)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ref var user = ref CollectionsMarshal.GetValueRefOrAddDefault(_users, userId, out _);
        user ??= new UserConsent();
        switch (action)
        {
            case ConsentAction.Pause:
                var length = TimeSpan.FromMinutes(PauseMinutes(minutes));
                var end = at > DateTimeOffset.MaxValue - length ? DateTimeOffset.MaxValue : at + length;
                user.Add(new ConsentWindow(at, end, OptOut: false));
                break;
            case ConsentAction.Resume:
                user.Close(at, optOut: false);
                break;
            case ConsentAction.OptOut:
                if (user.ReasonAt(at) != ConsentReasons.OptedOut)
                {
                    user.Add(new ConsentWindow(at, DateTimeOffset.MaxValue, OptOut: true));
                }
                break;
            case ConsentAction.OptIn:
                user.Close(at, optOut: true);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown consent action.");
        }
        _changed.Add(userId);
    }

    /// <summary>Null when the user's event at <paramref name="eventTime"/> may be kept, else the audit reason.</summary>
    public string? SuppressionReason(string userId, DateTimeOffset eventTime) =>
        _users.TryGetValue(userId, out var user) ? user.ReasonAt(eventTime) : null;

    public bool IsSuppressed(string userId, DateTimeOffset eventTime) => SuppressionReason(userId, eventTime) is not null;

    /// <summary>Parses a <c>consent</c> event's action name; false for anything unknown.</summary>
    public static bool TryParseAction(ReadOnlySpan<char> name, out ConsentAction action)
    {
        action = name switch
        {
            "pause" => ConsentAction.Pause,
            "resume" => ConsentAction.Resume,
            "opt_out" => ConsentAction.OptOut,
            "opt_in" => ConsentAction.OptIn,
            _ => (ConsentAction)(-1),
        };
        return (int)action >= 0;
    }

    /// <summary>Users changed since the last call: the keys to write to the compacted consent topic.</summary>
    public void TakeChangedUsers(ICollection<string> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        foreach (var user in _changed)
        {
            into.Add(user);
        }
        _changed.Clear();
    }

    /// <summary>The user's windows in a versioned binary form, or null when nothing is known about them.</summary>
    public byte[]? Snapshot(string userId) =>
        _users.TryGetValue(userId, out var user) ? ConsentSnapshotCodec.Write(user) : null;

    /// <summary>Replaces the user's state with a snapshot (a global-table update); null forgets the user.</summary>
    /// <exception cref="FormatException">The snapshot is corrupt or of an unknown version.</exception>
    public void Restore(string userId, byte[]? snapshot)
    {
        ArgumentNullException.ThrowIfNull(userId);
        if (snapshot is null)
        {
            _users.Remove(userId);
            return;
        }
        _users[userId] = ConsentSnapshotCodec.Read(snapshot);
    }

    private int PauseMinutes(int? requested)
    {
        var minutes = requested is > 0 ? requested.Value : Options.DefaultPauseMinutes;
        return Math.Min(minutes, Options.MaxPauseMinutes);
    }
}
