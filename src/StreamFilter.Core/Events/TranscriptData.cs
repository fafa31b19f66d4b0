namespace StreamFilter.Core.Events;

/// <summary>The fields of a <c>transcript</c> event: a prompt, an assistant answer, a meeting or chat line.</summary>
public sealed record TranscriptData
{
    /// <summary><c>prompt</c>, <c>assistant</c>, <c>meeting</c>, <c>chat</c>, ...</summary>
    public required string Source { get; init; }

    public required string Text { get; init; }
}
