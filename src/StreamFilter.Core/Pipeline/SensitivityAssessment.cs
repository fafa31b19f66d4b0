using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// What is known about one event's sensitivity: the level and categories implied by its detected
/// identifiers, plus event-level judgments added by <see cref="ISensitivityAssessor"/>s. Level is the
/// maximum of all signals, categories their union. Reused by one processor from event to event.
/// </summary>
public sealed class SensitivityAssessment
{
    private readonly List<string> _categories = new(4);
    private readonly List<string> _entityTypes = new(4);
    private readonly List<SensitivityJudgment> _judgments = new(2);
    private readonly RepeatedList _categoriesCopy = new();
    private readonly RepeatedList _entityTypesCopy = new();

    public SensitivityLevel Level { get; private set; } = SensitivityLevel.Ordinary;

    /// <summary>Distinct categories in the order first seen; empty means ordinary work.</summary>
    public IReadOnlyList<string> Categories => _categories;

    /// <summary>Distinct entity types detected anywhere in the event.</summary>
    public IReadOnlyList<string> EntityTypes => _entityTypes;

    /// <summary><see cref="Categories"/> for an audit record to keep (the same instance while they repeat).</summary>
    internal IReadOnlyList<string> CategoriesCopy() => _categoriesCopy.Of(_categories);

    /// <summary><see cref="EntityTypes"/> for an audit record to keep (the same instance while they repeat).</summary>
    internal IReadOnlyList<string> EntityTypesCopy() => _entityTypesCopy.Of(_entityTypes);

    /// <summary>Event-level verdicts; the policy acts on these, not on identifiers (those are redacted span by span).</summary>
    public IReadOnlyList<SensitivityJudgment> Judgments => _judgments;

    /// <summary>Adds an event-level verdict: raises the level and adds the category.</summary>
    public void Raise(string category, SensitivityLevel level, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(category);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        _judgments.Add(new SensitivityJudgment(category, level, reason));
        Include(category, level);
    }

    /// <summary>
    /// Records a detected identifier: its category and level come from <see cref="EntitySensitivity"/>,
    /// a custom type's from its declaration in the rules file (<paramref name="customTypes"/>).
    /// </summary>
    internal void AddEntity(string entityType, IReadOnlyDictionary<string, (string Category, SensitivityLevel Level)> customTypes)
    {
        if (_entityTypes.Contains(entityType))
        {
            return;
        }
        _entityTypes.Add(entityType);
        var (category, level) = EntitySensitivity.Of(entityType, customTypes);
        Include(category, level);
    }

    internal void Include(string? category, SensitivityLevel level)
    {
        if (level > Level)
        {
            Level = level;
        }
        if (category is not null && !_categories.Contains(category))
        {
            _categories.Add(category);
        }
    }

    internal void Reset()
    {
        Level = SensitivityLevel.Ordinary;
        _categories.Clear();
        _entityTypes.Clear();
        _judgments.Clear();
    }
}
