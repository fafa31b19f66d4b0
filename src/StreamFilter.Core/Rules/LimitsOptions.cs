namespace StreamFilter.Core.Rules;

/// <summary>Input limits; anything beyond them is dead-lettered, never half-processed.</summary>
public sealed record LimitsOptions
{
    /// <summary>Longest accepted input line / message in bytes.</summary>
    public int MaxEventBytes { get; init; } = 1 << 20;

    /// <summary>Deepest accepted JSON nesting.</summary>
    public int MaxJsonDepth { get; init; } = 16;
}
