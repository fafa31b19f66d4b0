namespace StreamFilter.Core.Rules;

/// <summary>
/// The rules in force. Workers read <see cref="Current"/> once per event (or batch) and use that
/// instance throughout, so every event is judged by one consistent version even while a reload swaps
/// the reference. Reads are a single volatile load: no lock on the hot path.
/// </summary>
public sealed class RuleSetHolder(RuleSet initial)
{
    private volatile RuleSet _current = initial;

    public RuleSet Current => _current;

    /// <summary>Atomically replaces the rules; returns the previous ones.</summary>
    public RuleSet Swap(RuleSet next) => Interlocked.Exchange(ref _current, next);
}
