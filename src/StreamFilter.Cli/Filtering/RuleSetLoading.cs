using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;

namespace StreamFilter.Cli.Filtering;

/// <summary>
/// The one place the command turns <c>--rules</c> into a <see cref="RuleSet"/>. The YAML rules loader
/// (RulesLoader.Load(path, pseudonymizer), branch <c>rules</c>) plugs in here; until it lands a rules
/// file is checked for existence and the built-in defaults apply, with a warning.
/// </summary>
internal static class RuleSetLoading
{
    /// <exception cref="FileNotFoundException">The rules file does not exist.</exception>
    public static RuleSet Load(string? rulesPath, Pseudonymizer pseudonymizer, TextWriter warnings)
    {
        if (rulesPath is null)
        {
            return DefaultRules.Create(pseudonymizer);
        }
        if (!File.Exists(rulesPath))
        {
            throw new FileNotFoundException($"Rules file {rulesPath} does not exist.", rulesPath);
        }
        warnings.WriteLine($"warning: this build cannot read rules files yet; {rulesPath} is ignored and the built-in rules ({DefaultRules.Version}) apply.");
        return DefaultRules.Create(pseudonymizer);
    }
}
