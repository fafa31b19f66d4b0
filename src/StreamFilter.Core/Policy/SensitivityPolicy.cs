using System.Collections.Frozen;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Policy;

/// <summary>
/// The action for an event whose text as a whole was judged sensitive (by the classifier or a context
/// rule), per category, with a fallback per level. Detected identifiers are handled span by span by
/// their operators regardless; this policy decides about the rest of the event.
/// Default: levels 3 and 4 never reach training storage in clear.
/// </summary>
public sealed class SensitivityPolicy
{
    private readonly FrozenDictionary<string, PolicyAction> _byCategory;
    private readonly FrozenDictionary<SensitivityLevel, PolicyAction> _byLevel;

    public SensitivityPolicy(IReadOnlyDictionary<string, PolicyAction> byCategory, IReadOnlyDictionary<SensitivityLevel, PolicyAction> byLevel)
    {
        _byCategory = byCategory.ToFrozenDictionary(StringComparer.Ordinal);
        _byLevel = byLevel.ToFrozenDictionary();
    }

    public static SensitivityPolicy Default { get; } = new(
        new Dictionary<string, PolicyAction>(StringComparer.Ordinal)
        {
            [Category.Work] = PolicyAction.Pass,
            [Category.Contact] = PolicyAction.RedactSpans,
            [Category.Financial] = PolicyAction.RedactSpans,
            [Category.GovernmentId] = PolicyAction.RedactSpans,
            [Category.Credentials] = PolicyAction.RedactSpans,
            [Category.Tax] = PolicyAction.Drop,
            [Category.Medical] = PolicyAction.Drop,
            [Category.PrivateConversation] = PolicyAction.Drop,
            [Category.PeopleData] = PolicyAction.Drop,
        },
        new Dictionary<SensitivityLevel, PolicyAction>
        {
            [SensitivityLevel.Ordinary] = PolicyAction.Pass,
            [SensitivityLevel.Personal] = PolicyAction.RedactSpans,
            [SensitivityLevel.Sensitive] = PolicyAction.RedactField,
            [SensitivityLevel.Secret] = PolicyAction.Drop,
        });

    public IReadOnlyDictionary<string, PolicyAction> ByCategory => _byCategory;

    public IReadOnlyDictionary<SensitivityLevel, PolicyAction> ByLevel => _byLevel;

    /// <summary>The category's action if configured, else the level's, else Drop (fail closed).</summary>
    public PolicyAction ActionFor(string category, SensitivityLevel level) =>
        _byCategory.TryGetValue(category, out var a) ? a : _byLevel.GetValueOrDefault(level, PolicyAction.Drop);
}
