namespace StreamFilter.Core.Rules;

/// <summary>
/// One problem in a rules file, located precisely enough for a person to fix it:
/// <c>rules.yaml:14: custom detector 'employee_id': invalid regex: ...</c>. Messages name keys and
/// rules, never values from allow lists or term files (those may themselves be sensitive).
/// </summary>
public sealed record RulesError(string File, int Line, string Rule, string Message)
{
    public override string ToString() =>
        string.IsNullOrEmpty(Rule) ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Rule}: {Message}";
}
