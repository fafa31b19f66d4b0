using StreamFilter.Core.Detection;
using StreamFilter.Core.Redaction;

namespace StreamFilter.Core.Rules;

/// <summary>
/// The rules in force when no rules file is given: what a privacy team would accept out of the box.
/// Secrets and identifiers become type tags, cards keep their last four digits, contact details become
/// keyed pseudonyms (so "who talked to whom" survives for training without the address itself).
/// </summary>
public static class DefaultRules
{
    public const string Version = "builtin-1";

    public static IReadOnlyDictionary<string, RedactionOperator> Operators { get; } = new Dictionary<string, RedactionOperator>(StringComparer.Ordinal)
    {
        [EntityType.Email] = RedactionOperator.Pseudonym,
        [EntityType.Phone] = RedactionOperator.Pseudonym,
        [EntityType.IpAddress] = RedactionOperator.Pseudonym,
        [EntityType.MacAddress] = RedactionOperator.Pseudonym,
        [EntityType.Person] = RedactionOperator.Pseudonym,
        [EntityType.StreetAddress] = RedactionOperator.Pseudonym,
        [EntityType.Location] = RedactionOperator.Pseudonym,
        [EntityType.CreditCard] = RedactionOperator.Mask(4),
    };

    public static RuleSet Create(Pseudonymizer pseudonymizer) => new()
    {
        Version = Version,
        Engine = DetectorCatalog.CreateDefaultEngine(),
        Redactor = new Redactor(Operators, RedactionOperator.Tag, pseudonymizer),
        ContextRules = DefaultContextRules.All,
    };
}
