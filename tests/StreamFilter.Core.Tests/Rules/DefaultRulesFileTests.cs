using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Rules;

public class DefaultRulesFileTests
{
    [Fact]
    public void The_shipped_default_file_gives_the_same_rules_as_no_file()
    {
        var fromFile = RulesLoader.Parse(DefaultRulesFile.Text, DefaultRulesFile.FileName, RulesTestKit.Pseudonymizer);

        RuleSetAssert.Equivalent(DefaultRules.Create(RulesTestKit.Pseudonymizer), fromFile);
        Assert.StartsWith("default-1+", fromFile.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_text_is_the_file_in_topologies()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "StreamFilter.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        Assert.NotNull(dir);
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "topologies", "rules.default.yaml")), DefaultRulesFile.Text);
    }

    [Fact]
    public void The_default_context_rules_cover_the_sensitive_site_families()
    {
        var hosts = DefaultContextRules.All.SelectMany(r => r.UrlHosts).ToHashSet();
        var domains = DefaultContextRules.All.SelectMany(r => r.UrlDomains).ToHashSet();
        var apps = DefaultContextRules.All.SelectMany(r => r.Apps).ToHashSet();
        var names = DefaultContextRules.All.Select(r => r.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "turbotax.intuit.com", "irs.gov", "tax.service.gov.uk", "ato.gov.au", "healthcare.gov", "web.whatsapp.com" }, hosts);
        Assert.Superset(new HashSet<string> { "chase", "hsbc", "workday", "myworkday", "bamboohr", "successfactors", "cvs", "labcorp", "mychart", "tinder", "hinge" }, domains);
        Assert.Superset(new HashSet<string> { "WhatsApp", "Signal", "Telegram", "Messages", "Tinder", "Workday" }, apps);
        Assert.Superset(new HashSet<string> { "tax_software", "personal_banking", "health_portals", "hr_people_data", "dating_apps", "private_messengers" }, names);
        Assert.All(DefaultContextRules.All, r => Assert.Equal(r.Name, r.Name.ToLowerInvariant()));
    }

    [Fact]
    public void Example_strict_file_is_valid()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "StreamFilter.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        var rules = RulesLoader.Load(Path.Combine(dir!, "topologies", "rules.example-strict.yaml"), RulesTestKit.Pseudonymizer);

        Assert.Contains(rules.Engine.Detectors, d => d.Id == "employee_id");
    }
}
