using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Rules;

/// <summary>Every kind of broken rules file is refused with the file, the line and the rule named.</summary>
public class RulesLoaderErrorTests
{
    public static TheoryData<string, string, int, string> Cases => new()
    {
        // kind, yaml, expected line, expected "rule: message" fragment
        { "unclosed flow mapping", "detectors:\n  us_ssn: {enabled: true\nentities: {}\n", 2, "invalid YAML after this line" },
        { "bad indentation", "detectors:\n  us_ssn:\n    enabled: true\n   threshold: 0.4\n", 4, "invalid YAML: " },
        { "unclosed quote", "allow:\n  - 'abc\n", 2, "invalid YAML: " },
        { "duplicate key", "allow: [a]\nallow: [b]\n", 2, "invalid YAML: Duplicate key" },
        { "unknown section", "version: 1\ndetectrs: {}\n", 2, "unknown key 'detectrs'" },
        { "unknown detector key", "detectors:\n  us_ssn:\n    treshold: 0.4\n", 3, "detector 'us_ssn': unknown key 'treshold'" },
        { "unknown detector", "detectors:\n  us_sin: {enabled: false}\n", 2, "detector 'us_sin': unknown detector" },
        { "unknown phone region", "detectors:\n  phone_number:\n    regions: [US, XX]\n", 3, "detector 'phone_number': regions: unknown region code(s) XX" },
        { "empty phone regions", "detectors:\n  phone_number:\n    regions: []\n", 3, "detector 'phone_number': regions: list at least one region" },
        { "regions on another detector", "detectors:\n  us_ssn:\n    regions: [US]\n", 3, "detector 'us_ssn': unknown key 'regions'" },
        { "entity not of detector", "detectors:\n  us_ssn:\n    entities:\n      EMAIL_ADDRESS: {threshold: 0.4}\n", 4, "detector 'us_ssn': unknown entity 'EMAIL_ADDRESS'" },
        { "threshold wrong type", "detectors:\n  us_ssn:\n    threshold: high\n", 3, "detector 'us_ssn': threshold: expected a number from 0 to 1" },
        { "threshold out of range", "detectors:\n  us_ssn:\n    threshold: 1.5\n", 3, "threshold: expected a number from 0 to 1" },
        { "enabled wrong type", "detectors:\n  email:\n    enabled: maybe\n", 3, "detector 'email': enabled: expected true or false" },
        { "context not a list", "detectors:\n  us_ssn:\n    context: ssn\n", 3, "context: expected a list of strings" },
        { "unknown entity", "entities:\n  US_SSNN: tag\n", 2, "entity 'US_SSNN': unknown entity type" },
        { "unknown operator", "entities:\n  US_SSN: shred\n", 2, "entity 'US_SSN': unknown operator 'shred'" },
        { "operator missing", "entities:\n  US_SSN: {keep_last: 4}\n", 2, "entity 'US_SSN': missing required field 'operator'" },
        { "mask option on tag", "entities:\n  US_SSN: {operator: tag, keep_last: 4}\n", 2, "keep_last and mask_char only apply to the mask operator" },
        { "mask char too long", "entities:\n  CREDIT_CARD: {operator: mask, mask_char: '##'}\n", 2, "mask_char: expected a single character" },
        { "invalid regex", Custom("    pattern: 'EMP-(\\d{6}'\n"), 7, "custom detector 'employee_id': invalid regex: " },
        { "backtracking construct", Custom("    pattern: '(?<=EMP-)\\d{6}'\n"), 7, "custom detector 'employee_id': pattern uses a construct that cannot run without backtracking" },
        { "backreference", Custom("    pattern: '(\\d)\\1'\n"), 7, "custom detector 'employee_id': pattern uses a construct" },
        { "missing pattern", Custom(""), 2, "custom detector 'employee_id': missing required field 'pattern'" },
        { "missing name", "custom:\n  - entity: X_ID\n    type: regex\n    pattern: x\n    category: work\n    level: 1\n", 2, "custom detector '#1': missing required field 'name'" },
        { "unknown custom type", "custom:\n  - name: a\n    entity: X_ID\n    type: neural\n    category: work\n    level: 1\n", 4, "custom detector 'a': type: unknown detector type 'neural'" },
        { "unknown custom key", Custom("    pattern: x\n    weight: 2\n"), 8, "custom detector 'employee_id': unknown key 'weight'" },
        { "new entity without category", "custom:\n  - name: a\n    entity: X_ID\n    type: regex\n    pattern: x\n    level: 1\n", 2, "custom detector 'a': missing required field 'category'" },
        { "unknown category", "custom:\n  - name: a\n    entity: X_ID\n    type: regex\n    pattern: x\n    category: astrology\n    level: 1\n", 6, "custom detector 'a': unknown category 'astrology'" },
        { "level out of range", "custom:\n  - name: a\n    entity: X_ID\n    type: regex\n    pattern: x\n    category: work\n    level: 5\n", 7, "level: expected a whole number from 1 to 4" },
        { "built-in entity with level", "custom:\n  - name: a\n    entity: US_SSN\n    type: regex\n    pattern: x\n    level: 4\n", 2, "US_SSN is a built-in entity type" },
        { "name of a built-in detector", "custom:\n  - name: email\n    entity: X_ID\n    type: regex\n    pattern: x\n    category: work\n    level: 1\n", 2, "custom detector 'email': name: already used" },
        { "bad entity name", "custom:\n  - name: a\n    entity: x-id\n    type: regex\n    pattern: x\n", 3, "entity: use upper-case letters" },
        { "dictionary without terms", "custom:\n  - name: a\n    entity: X_ID\n    type: dictionary\n    category: work\n    level: 1\n", 2, "needs exactly one of 'terms' or 'terms_file'" },
        { "missing terms file", "custom:\n  - name: a\n    entity: X_ID\n    type: dictionary\n    terms_file: /nonexistent/terms.txt\n    category: work\n    level: 1\n", 5, "custom detector 'a': terms_file: cannot read" },
        { "custom is not a list", "custom:\n  name: a\n", 2, "custom: expected a list" },
        { "invalid exclude", "exclude:\n  - '.*@example\\.com'\n  - '[z'\n", 3, "exclude: invalid regex" },
        { "allow not strings", "allow:\n  - {a: b}\n", 2, "allow: allow: every entry must be a non-empty string" },
        { "unknown policy category", "policy:\n  categories:\n    astrology: drop\n", 3, "policy: unknown category 'astrology'" },
        { "unknown policy action", "policy:\n  levels:\n    3: burn\n", 3, "policy: unknown action 'burn'" },
        { "unknown level", "policy:\n  levels:\n    5: drop\n", 3, "policy: unknown level '5'" },
        { "context rule without condition", "context_rules:\n  - name: r\n    category: tax\n", 2, "context rule 'r': needs at least one of" },
        { "context rule missing category", "context_rules:\n  - name: r\n    apps: [x]\n", 2, "context rule 'r': missing required field 'category'" },
        { "duplicate context rule", "context_rules:\n  - {name: r, category: tax, apps: [a]}\n  - {name: r, category: tax, apps: [b]}\n", 3, "context rule 'r': name: another context rule" },
        { "keystrokes wrong type", "keystrokes:\n  max_sessions: lots\n", 2, "keystrokes: max_sessions: expected a whole number" },
        { "bad duration", "keystrokes:\n  idle_flush: soon\n", 2, "keystrokes: idle_flush: expected a duration" },
        { "pause over cap", "consent:\n  default_pause_minutes: 90\n  max_pause_minutes: 60\n", 2, "consent: default_pause_minutes must not exceed max_pause_minutes" },
        { "limits unknown key", "limits:\n  max_event_mb: 1\n", 2, "limits: unknown key 'max_event_mb'" },
        { "root not a mapping", "- a\n- b\n", 1, "expected a mapping" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_files_are_refused_with_file_line_and_rule(string kind, string yaml, int line, string fragment)
    {
        var errors = RulesTestKit.Errors(yaml);

        Assert.True(errors.Any(e => e.Line == line && e.ToString().StartsWith($"rules.yaml:{line}: ", StringComparison.Ordinal) && e.ToString().Contains(fragment, StringComparison.Ordinal)),
            $"{kind}: expected line {line} with '{fragment}', got:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void The_message_names_file_line_and_rule()
    {
        var e = Assert.Throws<RulesException>(() => RulesTestKit.Parse(Custom("    pattern: 'EMP-(\\d{6}'\n")));

        Assert.StartsWith("rules.yaml:7: custom detector 'employee_id': invalid regex: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_errors_are_collected_in_file_order()
    {
        var errors = RulesTestKit.Errors("""
            entities:
              NOPE: tag
            detectors:
              us_ssn: {threshold: 2}
            custom:
              - name: a
                entity: X_ID
                type: regex
                pattern: '(a'
                category: work
                level: 1
            policy:
              categories: {tax: burn}
            """);

        Assert.Equal([2, 4, 9, 13], errors.Select(e => e.Line));
    }

    [Fact]
    public void Errors_never_quote_allow_list_values_or_terms()
    {
        var errors = RulesTestKit.Errors("allow:\n  - 536-22-4871\n  - {nested: 078-05-1120}\ncustom:\n  - name: a\n    entity: X_ID\n    type: dictionary\n    terms: [Ada Lovelace, {x: Grace Hopper}]\n    category: work\n    level: 1\n");

        var text = string.Join('\n', errors);
        Assert.Equal(2, errors.Count);
        Assert.DoesNotContain("536-22-4871", text, StringComparison.Ordinal);
        Assert.DoesNotContain("078-05-1120", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hopper", text, StringComparison.Ordinal);
    }

    private static string Custom(string patternLines) =>
        "custom:\n  - name: employee_id\n    entity: EMPLOYEE_ID\n    type: regex\n    category: people_data\n    level: 2\n" + patternLines;
}
