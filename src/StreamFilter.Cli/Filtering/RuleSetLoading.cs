using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;

namespace StreamFilter.Cli.Filtering;

/// <summary>The one place the command turns <c>--rules</c> into a <see cref="RuleSet"/>.</summary>
internal static class RuleSetLoading
{
    /// <exception cref="FileNotFoundException">The rules file does not exist.</exception>
    /// <exception cref="RulesException">The rules file is invalid; the message names file, line and rule.</exception>
    public static RuleSet Load(string? rulesPath, Pseudonymizer pseudonymizer)
    {
        if (rulesPath is null)
        {
            return DefaultRules.Create(pseudonymizer);
        }
        if (!File.Exists(rulesPath))
        {
            throw new FileNotFoundException($"Rules file {rulesPath} does not exist.", rulesPath);
        }
        return RulesLoader.Load(rulesPath, pseudonymizer);
    }
}
