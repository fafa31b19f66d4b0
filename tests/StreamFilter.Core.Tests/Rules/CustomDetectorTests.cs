using System.Text.RegularExpressions;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Custom;

namespace StreamFilter.Core.Tests.Rules;

public class CustomDetectorTests
{
    private static string Regex(string pattern, string extra = "") => $"""
        custom:
          - name: rule
            entity: THING
            type: regex
            pattern: '{pattern}'
            category: work
            level: 2
        {extra}
        """;

    private static string Dictionary(string terms, string extra = "") => $"""
        custom:
          - name: rule
            entity: THING
            type: dictionary
            terms: [{terms}]
            category: work
            level: 2
        {extra}
        """;

    private static string[] Things(string yaml, string text) => RulesTestKit.Values(RulesTestKit.Parse(yaml), text, "THING");

    [Fact]
    public void Regex_matches_case_insensitively_by_default()
    {
        Assert.Equal(["EMP-123456", "emp-654321"], Things(Regex(@"\bEMP-\d{6}\b"), "EMP-123456 and emp-654321 but not EMP-1234567"));
    }

    [Fact]
    public void Regex_case_sensitive_when_asked()
    {
        Assert.Equal(["EMP-123456"], Things(Regex(@"\bEMP-\d{6}\b", "    case_sensitive: true"), "EMP-123456 and emp-654321"));
    }

    [Fact]
    public void A_low_score_rule_reports_only_next_to_its_context_words()
    {
        var yaml = Regex(@"\b\d{7}\b", "    score: 0.3\n    context: [badge]");

        Assert.Equal(["4417120"], Things(yaml, "my badge number is 4417120"));
        Assert.Empty(Things(yaml, "ticket 4417120 is closed"));
    }

    [Fact]
    public void A_threshold_above_the_score_silences_the_rule()
    {
        Assert.Empty(Things(Regex(@"\bEMP-\d{6}\b", "    score: 0.4\n    threshold: 0.9"), "EMP-123456"));
    }

    [Fact]
    public void Catastrophic_patterns_run_in_linear_time_and_still_match_correctly()
    {
        var yaml = Regex("(a+)+$");
        var noMatch = new string('a', 50_000) + "!";
        var allMatch = new string('a', 50_000);

        Assert.Empty(Things(yaml, noMatch));
        var found = RulesTestKit.Scan(RulesTestKit.Parse(yaml), allMatch);
        Assert.Equal([new Finding("THING", 0, 50_000, 0.8f)], found);
    }

    [Fact]
    public void A_backtracking_regex_cannot_become_a_detector()
    {
        Assert.Throws<ArgumentException>(() => new RegexDetector("x", "THING", new Regex("a+"), 0.8f));
    }

    [Fact]
    public void Dictionary_matches_whole_words_only()
    {
        var yaml = Dictionary("falcon, Blue Bird");

        Assert.Equal(["Falcon", "falcon", "blue bird"], Things(yaml, "Falcon launch; falconry no; falcon. blue bird yes, bluebird no, blue birds no"));
    }

    [Fact]
    public void Dictionary_prefers_the_longest_term_at_a_position()
    {
        Assert.Equal(["New York City", "New York"], Things(Dictionary("New York, New York City"), "New York City office, New York state"));
    }

    [Fact]
    public void Dictionary_case_sensitive_when_asked()
    {
        Assert.Equal(["Falcon"], Things(Dictionary("Falcon", "    case_sensitive: true"), "Falcon and falcon"));
    }

    [Fact]
    public void Dictionary_finds_terms_at_both_ends_and_many_times()
    {
        var text = string.Join(" ", Enumerable.Repeat("kestrel", 200));

        var found = Things(Dictionary("kestrel, heron"), "heron " + text + " heron");

        Assert.Equal(202, found.Length);
    }

    [Fact]
    public void Dictionary_with_many_terms_finds_each()
    {
        var terms = Enumerable.Range(0, 2000).Select(i => $"codename{i:D4}").ToArray();
        var detector = new DictionaryDetector("d", "THING", terms, 0.9f, caseSensitive: false);
        using var list = new FindingList();

        detector.Scan("x codename0042 y codename1999 z codename20000", list);

        Assert.Equal([(2, 14), (17, 29)], list.ToArray().Select(f => (f.Start, f.End)));
    }

    [Fact]
    public void Allow_list_values_are_never_reported_whatever_their_case()
    {
        var yaml = Dictionary("falcon", "allow: [FALCON, jane@example.org]");
        var rules = RulesTestKit.Parse(yaml);

        Assert.Empty(RulesTestKit.Values(rules, "falcon", "THING"));
        Assert.Equal(["john@example.org"], RulesTestKit.Values(rules, "jane@example.org john@example.org", EntityType.Email));
    }

    [Fact]
    public void Exclude_patterns_must_match_the_whole_value()
    {
        var rules = RulesTestKit.Parse("exclude: ['.*@example\\.org']\n");

        Assert.Equal(["a@example.org.evil.com"], RulesTestKit.Values(rules, "a@example.org, a@example.org.evil.com", EntityType.Email));
    }
}
