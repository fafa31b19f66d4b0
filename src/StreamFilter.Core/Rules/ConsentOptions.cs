namespace StreamFilter.Core.Rules;

/// <summary>Limits on employees' pause requests.</summary>
public sealed record ConsentOptions
{
    public int DefaultPauseMinutes { get; init; } = 30;

    /// <summary>Longest pause honoured; a longer request is capped, not refused.</summary>
    public int MaxPauseMinutes { get; init; } = 8 * 60;
}
