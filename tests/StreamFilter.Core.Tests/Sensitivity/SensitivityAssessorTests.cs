using StreamFilter.Core.Detection;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Core.Tests.Sensitivity;

public class SensitivityAssessorTests
{
    private static readonly SensitivityModel Model = SensitivityModel.LoadDefault();

    private static readonly ContextRule[] Rules =
    [
        new() { Name = "tax-software", Category = Category.Tax, Apps = ["TurboTax"], UrlHosts = ["intuit.com", "irs.gov"] },
        new() { Name = "health-portal", Category = Category.Medical, TitleContains = ["MyChart"], UrlPathContains = ["/patient-portal/"] },
        new() { Name = "vault", Category = Category.Credentials, Level = SensitivityLevel.Secret, Apps = ["1Password"] },
    ];

    private static readonly SensitivityAssessor Assessor = new(Model, Rules);

    private static SensitivityResult Assess(string? app = null, string? title = null, string? url = null, Finding[]? findings = null, params string[] texts) =>
        Assessor.Assess(new AssessmentInput(app, title, url, findings ?? [], texts));

    [Fact]
    public void An_ssn_finding_makes_the_event_level_3_tax()
    {
        var r = Assess(findings: [new Finding(EntityType.UsSsn, 13, 24, 0.9f)], texts: "my social is 536-22-4871");
        Assert.Equal(SensitivityLevel.Sensitive, r.Level);
        Assert.Contains(Category.Tax, r.Categories);
        Assert.Contains("entity:US_SSN", r.Reasons);
    }

    [Fact]
    public void A_secret_finding_makes_the_event_level_4_credentials()
    {
        var r = Assess(findings: [new Finding(EntityType.AwsAccessKey, 4, 24, 1f), new Finding(EntityType.Email, 30, 40, 1f)]);
        Assert.Equal(SensitivityLevel.Secret, r.Level);
        Assert.Equal([Category.Credentials, Category.Contact], r.Categories);
    }

    [Theory]
    [InlineData("https://turbotax.intuit.com/taxes/return")]
    [InlineData("http://user@WWW.IRS.GOV:443/refunds?x=1")]
    [InlineData("intuit.com/")]
    public void A_tax_site_url_makes_the_event_level_3_tax(string url)
    {
        var r = Assess(url: url);
        Assert.Equal(SensitivityLevel.Sensitive, r.Level);
        Assert.Equal([Category.Tax], r.Categories);
        Assert.Equal(["context_rule:tax-software"], r.Reasons);
    }

    [Theory]
    [InlineData("https://notintuit.com/")]
    [InlineData("https://intuit.com.evil.example/")]
    [InlineData("https://example.com/?next=intuit.com")]
    public void Lookalike_hosts_do_not_match(string url)
    {
        Assert.Same(SensitivityResult.Ordinary, Assess(url: url));
    }

    [Fact]
    public void App_title_and_path_rules_match_case_insensitively()
    {
        Assert.Equal(SensitivityLevel.Secret, Assess(app: "1password").Level);
        Assert.Contains("context_rule:health-portal", Assess(title: "mychart - Test Results").Reasons);
        Assert.Contains("context_rule:health-portal", Assess(url: "https://clinic.example/Patient-Portal/labs").Reasons);
        Assert.Same(SensitivityResult.Ordinary, Assess(app: "TurboTaxHelper", title: "Chart review", url: "https://clinic.example/?q=/patient-portal/"));
    }

    [Theory]
    [InlineData("def load_user(self, user_id):\n    return self._repo.get(user_id)")]
    [InlineData("2026-06-01T09:00:00Z INFO [order-service] request completed status=200 duration_ms=12")]
    [InlineData("can you review my PR for the auth-gateway before standup")]
    public void Benign_work_text_stays_level_1(string text)
    {
        var r = Assess(app: "Code", texts: text);
        Assert.Equal(SensitivityLevel.Ordinary, r.Level);
        Assert.Equal([Category.Work], r.Categories);
    }

    [Theory]
    [InlineData("Therapist said my panic attacks are getting worse and she wants to raise my sertraline", "medical")]
    [InlineData("Calibration: Priya rated Below Expectations, recommend PIP and no merit increase", "people_data")]
    [InlineData("TurboTax says I owe $2,300 this year, can I still itemize my mortgage interest deduction", "tax")]
    public void Sensitive_free_text_is_raised_by_the_classifier(string text, string category)
    {
        var r = Assess(texts: text);
        Assert.Equal(SensitivityLevel.Sensitive, r.Level);
        Assert.Contains(category, r.Categories);
        Assert.Contains(r.Reasons, reason => reason.StartsWith($"classifier:{category}:", StringComparison.Ordinal));
    }

    [Fact]
    public void Signals_combine_to_the_highest_level_and_the_union_of_categories()
    {
        var r = Assess(url: "https://apps.irs.gov/", findings: [new Finding(EntityType.GitHubToken, 0, 40, 1f)],
            texts: "Therapist said my panic attacks are getting worse and she wants to raise my sertraline");
        Assert.Equal(SensitivityLevel.Secret, r.Level);
        Assert.Equal([Category.Credentials, Category.Tax, Category.Medical], r.Categories);
        Assert.Equal(3, r.Reasons.Count);
    }

    [Fact]
    public void Short_texts_and_an_absent_model_are_not_classified()
    {
        Assert.Same(SensitivityResult.Ordinary, Assess(texts: ["ok", "lol", "+1", "miss u"]));
        var rulesOnly = new SensitivityAssessor(null, Rules);
        Assert.Same(SensitivityResult.Ordinary, rulesOnly.Assess(new AssessmentInput(null, null, null, [], ["my therapist says the panic attacks are worse"])));
    }

    [Fact]
    public void An_unknown_custom_entity_fails_closed_to_level_3()
    {
        var r = Assess(findings: [new Finding("CUSTOM_PROJECT_CODENAME", 0, 5, 1f)]);
        Assert.Equal(SensitivityLevel.Sensitive, r.Level);
        Assert.Equal([Category.Work], r.Categories);
        Assert.Equal(["entity:CUSTOM_PROJECT_CODENAME"], r.Reasons);
    }

    [Fact]
    public void A_declared_custom_entity_keeps_its_category_and_level()
    {
        var custom = new Dictionary<string, (string Category, SensitivityLevel Level)> { ["EMPLOYEE_REVIEW_ID"] = (Category.PeopleData, SensitivityLevel.Secret) };
        var assessor = new SensitivityAssessor(null, [], customEntities: custom);
        var r = assessor.Assess(new AssessmentInput(null, null, null, [new Finding("EMPLOYEE_REVIEW_ID", 0, 9, 1f)], []));
        Assert.Equal(SensitivityLevel.Secret, r.Level);
        Assert.Equal([Category.PeopleData], r.Categories);
    }

    [Theory]
    [InlineData("def validate_password(pw):\n    if len(pw) < 12:\n        raise WeakPassword(pw)\n    return True")]
    [InlineData("CREATE TABLE patient_diagnosis (\n  id BIGSERIAL PRIMARY KEY,\n  icd10_code VARCHAR(8) NOT NULL\n);")]
    [InlineData("[Fact]\npublic void Maps_depression_code() => Assert.Equal(\"F32\", Icd10Mapper.Map(\"F32.9\").Category);")]
    [InlineData("public sealed class PayrollTaxWithholding\n{\n    public decimal Compute(Employee e) => e.GrossPay * FederalRate(e.W4);\n}")]
    [InlineData("System.InvalidOperationException: chemotherapy schedule not found\n   at Oncology.Scheduling.PlanService.Next(PatientId id) in PlanService.cs:line 77")]
    public void Code_is_work_whatever_its_identifiers_say(string text)
    {
        var r = Assess(app: "Code", texts: text);
        Assert.Same(SensitivityResult.Ordinary, r);
    }

    [Fact]
    public void A_token_url_is_credentials_by_its_finding_not_medical_by_the_classifier()
    {
        const string url = "https://portal.clinic.example/results/view?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abc123def456";
        var r = Assess(findings: [new Finding(EntityType.UrlCredentials, 0, url.Length, 1f)], texts: url);
        Assert.Equal(SensitivityLevel.Secret, r.Level);
        Assert.Equal([Category.Credentials], r.Categories);
        Assert.DoesNotContain(r.Reasons, reason => reason.StartsWith("classifier:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("abc@google.com")]
    [InlineData("8.8.8.8 is the ip address")]
    [InlineData("10.0.3.17 is the db host")]
    [InlineData("ops-alerts@example.com is the alert address")]
    public void Short_technical_sentences_are_not_private(string text)
    {
        Assert.Same(SensitivityResult.Ordinary, Assess(texts: text));
    }
}
