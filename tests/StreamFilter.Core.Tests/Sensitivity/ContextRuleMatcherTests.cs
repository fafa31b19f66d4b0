using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Sensitivity;

public class ContextRuleMatcherTests
{
    private static readonly ContextRule Tax = new() { Name = "tax-software", Category = Category.Tax, Apps = ["TurboTax"], UrlHosts = ["intuit.com"] };
    private static readonly ContextRule Health = new() { Name = "health-portal", Category = Category.Medical, TitleContains = ["MyChart"], UrlPathContains = ["/patient/"] };
    private static readonly ContextRule Vault = new() { Name = "vault", Category = Category.Credentials, Level = SensitivityLevel.Secret, TitleContains = ["Portal"] };
    private static readonly ContextRuleMatcher Matcher = new([Tax, Health, Vault]);

    [Theory]
    [InlineData("turbotax", null, null, "tax-software")]
    [InlineData(null, null, "https://turbotax.intuit.com/return", "tax-software")]
    [InlineData(null, null, "https://INTUIT.com", "tax-software")]
    [InlineData(null, null, "turbotax.intuit.com/x", "tax-software")]
    [InlineData(null, "MyChart - Test results", null, "health-portal")]
    [InlineData(null, null, "https://clinic.example/patient/42", "health-portal")]
    [InlineData(null, "Patient Portal", null, "vault")] // the highest level wins
    public void Matches_app_title_host_and_path(string? app, string? title, string? url, string expected)
    {
        Assert.Equal(expected, Matcher.Match(app, title, url)?.Name);
    }

    [Theory]
    [InlineData("Chrome", "Roadmap", "https://notintuit.com/")]
    [InlineData("TurboTaxHelper", null, null)]
    [InlineData(null, null, "not a url at all")]
    [InlineData(null, null, null)]
    public void Ignores_near_misses(string? app, string? title, string? url)
    {
        Assert.Null(Matcher.Match(app, title, url));
    }
}
