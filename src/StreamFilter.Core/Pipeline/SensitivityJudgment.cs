using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// An event-level verdict from a context rule or the classifier ("this window is a tax site"). The
/// policy decides what happens to the event for its category; <see cref="Reason"/> goes to the audit.
/// </summary>
public readonly record struct SensitivityJudgment(string Category, SensitivityLevel Level, string Reason);
