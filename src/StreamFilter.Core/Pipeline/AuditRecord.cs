using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// Exactly one per input event. Holds reasons and entity types, never values: it is safe to show to
/// anyone who may see that an event existed.
/// </summary>
public sealed record AuditRecord
{
    public required string EventId { get; init; }

    public required string Type { get; init; }

    public required string UserId { get; init; }

    public required AuditAction Action { get; init; }

    public IReadOnlyList<string> Reasons { get; init; } = [];

    public IReadOnlyList<string> EntityTypes { get; init; } = [];

    public SensitivityLevel Level { get; init; } = SensitivityLevel.Ordinary;

    public IReadOnlyList<string> Categories { get; init; } = [];

    public required string PolicyVersion { get; init; }

    /// <summary>Where the input came from: "file.ndjson:42" or "topic[3]@1234".</summary>
    public string? Source { get; init; }
}
