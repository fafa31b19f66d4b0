using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Sensitivity;

/// <summary>The shipped context rules (topologies/rules.default.yaml), by registrable domain and app family.</summary>
public class DefaultContextRuleTests
{
    private static readonly SensitivityAssessor RulesOnly = new(null, DefaultContextRules.All);

    private static SensitivityResult Assess(string? app = null, string? title = null, string? url = null) =>
        RulesOnly.Assess(new AssessmentInput(app, title, url, [], []));

    [Theory]
    [InlineData("https://wd5.myworkday.com/acme/d/task/2997$4516.htmld", "people_data", "hr_people_data")]
    [InlineData("https://impl.workday.com/acme/d/home.htmld", "people_data", "hr_people_data")]
    [InlineData("https://acme.bamboohr.com/employees/performance", "people_data", "hr_people_data")]
    [InlineData("https://acme.bamboohr.co.uk/home", "people_data", "hr_people_data")]
    [InlineData("https://performancemanager4.successfactors.eu/sf/pmreviews", "people_data", "hr_people_data")]
    [InlineData("https://hcm19.sapsf.com/login", "people_data", "hr_people_data")]
    [InlineData("https://workforcenow.adp.com/theme/index.html", "people_data", "hr_people_data")]
    [InlineData("https://mychart.northshore.org/MyChart/Authentication/Login", "medical", "health_portals")]
    [InlineData("https://www.cvs.com/pharmacy/refill", "medical", "health_portals")]
    [InlineData("https://www.boots.com/online/pharmacy", "medical", "health_portals")]
    [InlineData("https://patient.labcorp.com/results", "medical", "health_portals")]
    [InlineData("https://my.questdiagnostics.com/web/home", "medical", "health_portals")]
    [InlineData("https://www.tax.service.gov.uk/self-assessment", "tax", "tax_software")]
    [InlineData("https://www.ato.gov.au/individuals", "tax", "tax_software")]
    [InlineData("https://www.canada.ca/en/revenue-agency/services/e-services.html", "tax", "tax_software")]
    [InlineData("https://www.elster.de/eportal/start", "tax", "tax_software")]
    [InlineData("https://sede.agenciatributaria.gob.es/Sede/inicio.html", "tax", "tax_software")]
    [InlineData("https://www.ird.govt.nz/myir", "tax", "tax_software")]
    [InlineData("https://www.hrblock.ca/", "tax", "tax_software")]
    [InlineData("https://secure.chase.com/web/auth/dashboard", "financial", "personal_banking")]
    [InlineData("https://www.hsbc.co.uk/online/dashboard", "financial", "personal_banking")]
    [InlineData("https://app.monzo.com/", "financial", "personal_banking")]
    [InlineData("https://tinder.com/app/messages", "private_conversation", "dating_apps")]
    [InlineData("https://hinge.co/", "private_conversation", "dating_apps")]
    [InlineData("https://web.whatsapp.com/", "private_conversation", "private_messengers")]
    public void Sites_match_on_any_of_their_domains(string url, string category, string rule)
    {
        var r = Assess(url: url);
        Assert.Equal(SensitivityLevel.Sensitive, r.Level);
        Assert.Equal([category], r.Categories);
        Assert.Equal(["context_rule:" + rule], r.Reasons);
    }

    [Theory]
    [InlineData("https://bamboohr.example.com/")]
    [InlineData("https://notworkday.com/")]
    [InlineData("https://docs.example.com/workday-integration")]
    [InlineData("https://github.com/acme/payroll/blob/main/workday_sync.py")]
    [InlineData("https://co.uk/")]
    [InlineData("http://10.0.3.17:8080/chase")]
    [InlineData("https://acme.slack.com/archives/D04ABCDEF")]
    [InlineData("https://teams.microsoft.com/l/chat/0/0")]
    [InlineData("https://mail.google.com/mail/u/0/#inbox")]
    [InlineData("https://ci.example.com/job/api/test-results/")]
    public void Look_alikes_work_chat_dms_and_webmail_are_not_context(string url)
    {
        Assert.Same(SensitivityResult.Ordinary, Assess(url: url));
    }

    [Theory]
    [InlineData("Slack", "Slack | Direct message with Dana | Acme")]
    [InlineData("Microsoft Teams", "Chat | Priya Patel | Microsoft Teams")]
    [InlineData("Code", "workday_client.py - payroll-sync - Visual Studio Code")]
    [InlineData("Google Chrome", "Jenkins - Test Results - api")]
    public void Direct_messages_in_work_apps_and_code_are_judged_by_content_not_context(string app, string title)
    {
        Assert.Same(SensitivityResult.Ordinary, Assess(app: app, title: title));
    }

    [Theory]
    [InlineData("Signal", "private_conversation")]
    [InlineData("Tinder", "private_conversation")]
    [InlineData("TurboTax", "tax")]
    [InlineData("MyChart", "medical")]
    [InlineData("Workday", "people_data")]
    [InlineData("Revolut", "financial")]
    public void App_families_match_by_app_name(string app, string category)
    {
        Assert.Equal([category], Assess(app: app).Categories);
    }

    [Theory]
    [InlineData("wd5.myworkday.com", "myworkday")]
    [InlineData("workday.com", "workday")]
    [InlineData("acme.bamboohr.co.uk", "bamboohr")]
    [InlineData("sede.agenciatributaria.gob.es", "agenciatributaria")]
    [InlineData("www.ird.govt.nz", "ird")]
    [InlineData("bbc.co.uk", "bbc")]
    [InlineData("co.uk", "")]
    [InlineData("localhost", "")]
    [InlineData("10.0.3.17", "")]
    public void The_registrable_name_is_the_label_before_the_public_suffix(string host, string name)
    {
        Assert.Equal(name, UrlParts.Parse(host).RegistrableName().ToString());
    }
}
