namespace StreamFilter.Core.Rules;

/// <summary>
/// The result of one reload attempt: the outcome, the version in force afterwards, and for a
/// rejected file its errors (file, line, rule; never values).
/// </summary>
public sealed record RulesReloadResult(RulesReloadOutcome Outcome, string VersionInForce, IReadOnlyList<RulesError> Errors);
