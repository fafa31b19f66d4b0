using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Rules;

/// <summary>
/// The shipped list of sensitive apps and sites, in force when no rules file is given. The same list
/// is written out in topologies/rules.default.yaml; a test keeps the two identical.
/// Conditions are chosen to be specific: a rule fires on any one of them, so a broad word here would
/// drop ordinary work (which is why Workday as a whole is not listed, only its review pages).
/// </summary>
public static class DefaultContextRules
{
    public static IReadOnlyList<ContextRule> All { get; } =
    [
        new()
        {
            Name = "tax_software",
            Category = Category.Tax,
            Apps = ["TurboTax", "H&R Block Tax Software", "TaxAct", "TaxSlayer"],
            TitleContains = ["TurboTax", "H&R Block", "TaxAct", "FreeTaxUSA", "TaxSlayer"],
            UrlHosts = ["turbotax.intuit.com", "hrblock.com", "irs.gov", "taxact.com", "freetaxusa.com", "taxslayer.com"],
        },
        new()
        {
            Name = "personal_banking",
            Category = Category.Financial,
            TitleContains = ["Online Banking"],
            UrlHosts =
            [
                "chase.com", "bankofamerica.com", "wellsfargo.com", "citi.com", "usbank.com", "capitalone.com",
                "pnc.com", "ally.com", "schwab.com", "fidelity.com", "vanguard.com", "paypal.com", "venmo.com",
            ],
        },
        new()
        {
            Name = "health_portals",
            Category = Category.Medical,
            TitleContains = ["MyChart", "Patient Portal", "FollowMyHealth"],
            UrlHosts = ["healthcare.gov", "medicare.gov", "followmyhealth.com", "myhealth.va.gov", "zocdoc.com", "teladoc.com", "goodrx.com"],
            UrlPathContains = ["/mychart", "/patient-portal", "/patientportal"],
        },
        new()
        {
            Name = "hr_people_data",
            Category = Category.PeopleData,
            TitleContains = ["Performance Review", "Compensation Review", "Performance Improvement Plan"],
            UrlHosts = ["successfactors.com", "successfactors.eu", "lattice.com", "bamboohr.com", "cultureamp.com"],
            UrlPathContains = ["/performance-review", "/compensation-review"],
        },
        new()
        {
            Name = "private_messengers",
            Category = Category.PrivateConversation,
            Apps = ["WhatsApp", "Signal", "Telegram", "Telegram Desktop", "Messenger", "Messages", "iMessage"],
            TitleContains = ["WhatsApp", "Telegram"],
            UrlHosts = ["web.whatsapp.com", "web.telegram.org", "messenger.com"],
        },
    ];
}
