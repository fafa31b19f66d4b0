namespace StreamFilter.Core.Detection;

/// <summary>
/// How findings of one entity type are judged: the score a finding must reach, and the context words
/// that raise a candidate's score when they appear near it ("ssn", "routing", "diagnosis").
/// </summary>
public sealed record EntityScoring(float Threshold, ContextWords Context)
{
    public static EntityScoring Default { get; } = new(0.5f, ContextWords.None);
}
