namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// One signal behind a sensitivity decision: the level it implies, its category (null for a custom
/// entity type with none declared) and the audit reason ("entity:US_SSN", "context_rule:tax-software",
/// "classifier:medical:0.93"). Never holds text from the event.
/// </summary>
public readonly record struct SensitivitySignal(string? Category, SensitivityLevel Level, string Reason);
