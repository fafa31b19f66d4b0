using StreamFilter.Core.Detection;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Tests.Rules;

namespace StreamFilter.Core.Tests.Detection.People;

/// <summary>How a privacy team tunes names through the rules file: allow list, threshold, operator.</summary>
public class PeopleRulesTests
{
    private static string[] Names(RuleSet rules, string text)
    {
        using var findings = new FindingList();
        rules.Engine.Scan(text, findings);
        return findings.ToArray().Where(f => f.EntityType == EntityType.Person).Select(f => text[f.Start..f.End]).ToArray();
    }

    [Fact]
    public void An_allowed_term_is_never_a_name_on_its_own_but_a_full_name_still_is()
    {
        // A product called Okafor, say: the team allows the word, not the people who bear it.
        var rules = RulesLoader.Parse("allow: [Okafor]\n", "rules.yaml", RulesTestKit.Pseudonymizer);

        Assert.Equal(["Okafor"], Names(DefaultRules.Create(RulesTestKit.Pseudonymizer), "Okafor said the vendor is late again."));
        Assert.Empty(Names(rules, "Okafor said the vendor is late again."));
        Assert.Equal(["Chidi Okafor"], Names(rules, "Chidi Okafor said the vendor is late again."));
    }

    [Fact]
    public void A_higher_threshold_reports_fewer_names()
    {
        const string text = "Thanks, Priya. Okafor said Mehmet Yılmaz and Ludwig van Beethoven reviewed it.";
        var strict = RulesLoader.Parse("detectors:\n  person:\n    threshold: 0.999\n", "rules.yaml", RulesTestKit.Pseudonymizer);

        var byDefault = Names(DefaultRules.Create(RulesTestKit.Pseudonymizer), text);
        Assert.True(byDefault.Length >= 3);
        Assert.True(Names(strict, text).Length < byDefault.Length);
    }

    [Fact]
    public void Names_and_addresses_are_on_and_pseudonymised_by_default()
    {
        var rules = DefaultRules.Create(RulesTestKit.Pseudonymizer);

        Assert.Equal(RedactionOperator.Pseudonym, DefaultRules.Operators[EntityType.Person]);
        Assert.Equal(RedactionOperator.Pseudonym, DefaultRules.Operators[EntityType.StreetAddress]);
        Assert.Contains(rules.Engine.Detectors, d => d.Id == "person");
        Assert.Contains(rules.Engine.Detectors, d => d.Id == "street_address");
    }
}
