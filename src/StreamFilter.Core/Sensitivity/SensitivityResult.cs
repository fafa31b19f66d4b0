namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// The sensitivity decision for one event: its level, its categories (<c>work</c> alone when nothing
/// raised it) and why, as short machine-readable reasons ("entity:US_SSN", "context_rule:tax-software",
/// "classifier:medical:0.93"). Reasons never contain text from the event.
/// </summary>
public sealed record SensitivityResult(SensitivityLevel Level, IReadOnlyList<string> Categories, IReadOnlyList<string> Reasons)
{
    /// <summary>Shared result for the common case, so ordinary events allocate nothing.</summary>
    public static SensitivityResult Ordinary { get; } = new(SensitivityLevel.Ordinary, [Category.Work], []);
}
