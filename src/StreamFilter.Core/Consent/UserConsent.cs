namespace StreamFilter.Core.Consent;

/// <summary>
/// One user's windows of suppression, oldest first. Windows are kept (up to a bound) rather than a
/// single "paused until" value because event time decides: a late event stamped inside an earlier
/// pause must still be dropped after the user resumed.
/// </summary>
internal sealed class UserConsent
{
    /// <summary>Windows remembered per user; the oldest closed ones are forgotten first.</summary>
    public const int MaxWindows = 32;

    public List<ConsentWindow> Windows { get; } = [];

    public void Add(ConsentWindow window)
    {
        Windows.Add(window);
        if (Windows.Count > MaxWindows)
        {
            var oldestClosed = Windows.FindIndex(w => w.End != DateTimeOffset.MaxValue);
            Windows.RemoveAt(oldestClosed < 0 ? 0 : oldestClosed);
        }
    }

    /// <summary>Ends the open windows of the given kind that contain <paramref name="at"/>.</summary>
    public void Close(DateTimeOffset at, bool optOut)
    {
        for (var i = 0; i < Windows.Count; i++)
        {
            var w = Windows[i];
            if (w.OptOut == optOut && w.Contains(at))
            {
                Windows[i] = w with { End = at };
            }
        }
    }

    /// <summary>The reason an event at <paramref name="t"/> is suppressed, or null. Opt-out wins.</summary>
    public string? ReasonAt(DateTimeOffset t)
    {
        string? reason = null;
        foreach (var w in Windows)
        {
            if (w.Contains(t))
            {
                if (w.OptOut)
                {
                    return ConsentReasons.OptedOut;
                }
                reason = ConsentReasons.Paused;
            }
        }
        return reason;
    }
}
