using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// Exactly one per input event. Holds reasons and entity types, never values: it is safe to show to
/// anyone who may see that an event existed.
/// </summary>
/// <remarks>
/// Immutable outside Core. A processor writing to a sink that does not keep records
/// (<see cref="IFilterSink.KeepsAuditRecords"/> false) refills one record per event instead of
/// allocating one, so the properties have plain backing fields that <see cref="Refill"/> sets.
/// </remarks>
public sealed record AuditRecord
{
    private string _eventId = "";
    private string _type = "";
    private string _userId = "";
    private AuditAction _action;
    private IReadOnlyList<string> _reasons = [];
    private IReadOnlyList<string> _entityTypes = [];
    private SensitivityLevel _level = SensitivityLevel.Ordinary;
    private IReadOnlyList<string> _categories = [];
    private string _policyVersion = "";
    private string? _source;
    private SourcePosition? _position;

    public required string EventId { get => _eventId; init => _eventId = value; }

    public required string Type { get => _type; init => _type = value; }

    public required string UserId { get => _userId; init => _userId = value; }

    public required AuditAction Action { get => _action; init => _action = value; }

    public IReadOnlyList<string> Reasons { get => _reasons; init => _reasons = value; }

    public IReadOnlyList<string> EntityTypes { get => _entityTypes; init => _entityTypes = value; }

    public SensitivityLevel Level { get => _level; init => _level = value; }

    public IReadOnlyList<string> Categories { get => _categories; init => _categories = value; }

    public required string PolicyVersion { get => _policyVersion; init => _policyVersion = value; }

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
    public SourcePosition? Position { get => _position; init => _position = value; }

    /// <summary>The source as set, without formatting <see cref="Position"/>.</summary>
    internal string? ExplicitSource => _source;

    /// <summary>Sets every property, as the processor's object initializer would (no explicit source).</summary>
    internal void Refill(string eventId, string type, string userId, AuditAction action, IReadOnlyList<string> reasons,
        IReadOnlyList<string> entityTypes, SensitivityLevel level, IReadOnlyList<string> categories, string policyVersion, SourcePosition position)
    {
        _eventId = eventId;
        _type = type;
        _userId = userId;
        _action = action;
        _reasons = reasons;
        _entityTypes = entityTypes;
        _level = level;
        _categories = categories;
        _policyVersion = policyVersion;
        _source = null;
        _position = position;
    }
}
