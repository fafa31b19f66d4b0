using StreamFilter.Core.Detection;
using StreamFilter.Core.Policy;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Rules;

public class RulesLoaderTests
{
    private const string FullFile = """
        version: 2026.11-test
        detectors:
          us_ssn:
            threshold: 0.7
            context_add: [tin]
          email:
            enabled: false
        entities:
          CREDIT_CARD: {operator: mask, keep_last: 2, mask_char: '#'}
          US_SSN: drop_field
          EMPLOYEE_ID: pseudonym
        custom:
          - name: employee_id
            entity: EMPLOYEE_ID
            type: regex
            pattern: 'EMP-\d{6}'
            category: people_data
            level: 2
          - name: code_names
            entity: PROJECT_CODE_NAME
            type: dictionary
            terms: [Project Falcon, Bluebird]
            category: work
            level: 2
        allow: [536-22-4871]
        exclude: ['219-.*']
        policy:
          categories: {medical: quarantine}
          levels: {3: drop}
        context_rules_add:
          - name: hr_case_tool
            category: people_data
            level: 3
            url_hosts: [HRCases.Corp.Example.com]
        keystrokes: {idle_flush: 500ms, mask_key: "#", max_sessions: 10}
        consent: {default_pause_minutes: 15, max_pause_minutes: 60}
        limits: {max_event_bytes: 4096, max_json_depth: 8}
        """;

    [Fact]
    public void Every_section_is_applied()
    {
        var rules = RulesTestKit.Parse(FullFile);

        Assert.StartsWith("2026.11-test+", rules.Version, StringComparison.Ordinal);
        Assert.Equal(13 + 12, rules.Version.Length);
        var ids = rules.Engine.Detectors.Select(d => d.Id).ToArray();
        Assert.Contains("us_ssn", ids);
        Assert.DoesNotContain("email", ids);
        Assert.Equal(["employee_id", "code_names"], ids[^2..]);

        var ssn = rules.Engine.ScoringFor(EntityType.UsSsn);
        Assert.Equal(0.7f, ssn.Threshold);
        Assert.Contains("ssn", ssn.Context.Words);
        Assert.Contains("tin", ssn.Context.Words);

        Assert.Equal(RedactionOperator.Mask(2, '#'), rules.Redactor.OperatorFor(EntityType.CreditCard));
        Assert.Equal(RedactionOperator.DropField, rules.Redactor.OperatorFor(EntityType.UsSsn));
        Assert.Equal(RedactionOperator.Pseudonym, rules.Redactor.OperatorFor("EMPLOYEE_ID"));
        Assert.Equal(RedactionOperator.Pseudonym, rules.Redactor.OperatorFor(EntityType.Phone)); // default kept

        Assert.Equal(PolicyAction.Quarantine, rules.Policy.ActionFor(Category.Medical, SensitivityLevel.Sensitive));
        Assert.Equal(PolicyAction.Drop, rules.Policy.ActionFor(Category.Tax, SensitivityLevel.Sensitive)); // default kept
        Assert.Equal(PolicyAction.Drop, rules.Policy.ByLevel[SensitivityLevel.Sensitive]);

        Assert.Equal(DefaultContextRules.All.Count + 1, rules.ContextRules.Count);
        var added = rules.ContextRules[^1];
        Assert.Equal(("hr_case_tool", Category.PeopleData, 31), (added.Name, added.Category, added.SourceLine));
        Assert.Equal(["hrcases.corp.example.com"], added.UrlHosts);

        Assert.Equal(TimeSpan.FromMilliseconds(500), rules.Keystrokes.IdleFlush);
        Assert.Equal(("#", 10, 256), (rules.Keystrokes.MaskKey, rules.Keystrokes.MaxSessions, rules.Keystrokes.MaxKeysPerSession));
        Assert.Equal((15, 60), (rules.Consent.DefaultPauseMinutes, rules.Consent.MaxPauseMinutes));
        Assert.Equal((4096, 8), (rules.Limits.MaxEventBytes, rules.Limits.MaxJsonDepth));
    }

    [Fact]
    public void Custom_detectors_allow_and_exclude_act_on_scans()
    {
        var rules = RulesTestKit.Parse(FullFile);
        const string text = "EMP-004211 on Project Falcon (not falconry), ssn 536-22-4871, 219-09-9998 and 536-23-4871, mail a@b.org";

        Assert.Equal(["EMP-004211"], RulesTestKit.Values(rules, text, "EMPLOYEE_ID"));
        Assert.Equal(["Project Falcon"], RulesTestKit.Values(rules, text, "PROJECT_CODE_NAME"));
        // Allowed value and excluded pattern are not reported; the other SSN is.
        Assert.Equal(["536-23-4871"], RulesTestKit.Values(rules, text, EntityType.UsSsn));
        Assert.Empty(RulesTestKit.Values(rules, text, EntityType.Email)); // detector disabled
    }

    [Fact]
    public void Custom_entity_types_carry_their_declared_sensitivity()
    {
        var rules = RulesTestKit.Parse(FullFile);

        Assert.Equal((Category.PeopleData, SensitivityLevel.Personal), EntitySensitivity.Of("EMPLOYEE_ID", rules.CustomEntities));
        Assert.Equal((Category.Work, SensitivityLevel.Personal), EntitySensitivity.Of("PROJECT_CODE_NAME", rules.CustomEntities));
        Assert.Equal((Category.Tax, SensitivityLevel.Sensitive), EntitySensitivity.Of(EntityType.UsSsn, rules.CustomEntities));
        Assert.Equal((null, SensitivityLevel.Sensitive), EntitySensitivity.Of("UNDECLARED", rules.CustomEntities));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("detectors:\ncustom:\n")]
    public void An_empty_file_means_the_defaults(string yaml)
    {
        var rules = RulesTestKit.Parse(yaml);

        RuleSetAssert.Equivalent(DefaultRules.Create(RulesTestKit.Pseudonymizer), rules);
        Assert.StartsWith("rules+", rules.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void The_version_changes_with_the_content()
    {
        var a = RulesTestKit.Parse("version: v1\n");
        var b = RulesTestKit.Parse("version: v1\nallow: [x]\n");

        Assert.NotEqual(a.Version, b.Version);
        Assert.Equal(a.Version, RulesTestKit.Parse("version: v1\n").Version);
    }

    [Fact]
    public void Load_reads_a_file_and_resolves_terms_files_next_to_it()
    {
        var dir = RulesTestKit.TempDirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir, "patients.txt"), "# clinic list\nAda Lovelace\n\nGrace Hopper\n");
            var path = Path.Combine(dir, "rules.yaml");
            File.WriteAllText(path, """
                custom:
                  - name: patients
                    entity: PATIENT_NAME
                    type: dictionary
                    terms_file: patients.txt
                    category: medical
                    level: 3
                """);

            var rules = RulesLoader.Load(path, RulesTestKit.Pseudonymizer);

            Assert.Equal(path, rules.SourcePath);
            Assert.Equal(["grace hopper", "Ada Lovelace"], RulesTestKit.Values(rules, "seen: grace hopper, then Ada Lovelace", "PATIENT_NAME"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Load_of_a_missing_file_is_a_rules_error_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "sf-no-such-rules-" + Guid.NewGuid().ToString("N") + ".yaml");

        var e = Assert.Throws<RulesException>(() => RulesLoader.Load(path, RulesTestKit.Pseudonymizer));

        Assert.StartsWith(path + ":0: cannot read the rules file", e.Message, StringComparison.Ordinal);
    }
}
