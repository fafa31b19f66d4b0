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

    private readonly string? _source;

    /// <summary>Where the input came from: "file.ndjson:42" or "topic[3]:1234" (<see cref="Position"/> formatted when only it is set).</summary>
    public string? Source
    {
        get => _source ?? Position?.ToString();
        init => _source = value;
    }

    /// <summary>
    /// The input position, unformatted: the processor sets this instead of <see cref="Source"/>, so a
    /// record costs no position string; the JSON writer formats it straight into its output.
    /// </summary>
    public SourcePosition? Position { get; init; }

    /// <summary>The source as set, without formatting <see cref="Position"/>.</summary>
    internal string? ExplicitSource => _source;
}
