namespace StreamFilter.Core.Consent;

/// <summary>
/// A span of event time in which a user's events are not kept: [Start, End). End is
/// <see cref="DateTimeOffset.MaxValue"/> while an opt-out is open.
/// </summary>
public readonly record struct ConsentWindow(DateTimeOffset Start, DateTimeOffset End, bool OptOut)
{
    public bool Contains(DateTimeOffset t) => t >= Start && t < End;
}
