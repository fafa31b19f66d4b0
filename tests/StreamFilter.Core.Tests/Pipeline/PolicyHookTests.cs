using StreamFilter.Core.Events;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Policy;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

public class PolicyHookTests
{
    private const string Line = """{"type":"transcript","event_id":"p1","user_id":"u1","ts":"2026-06-01T09:00:00Z","app":"Slack","source":"chat","text":"therapist said the panic attacks are worse, mail me at kim@proton.me"}""";

    /// <summary>Stands in for the classifier: raises one category when the text has a word.</summary>
    private sealed class WordAssessor(string word, string category, SensitivityLevel level) : ISensitivityAssessor
    {
        public void Assess(InputEvent evt, SensitivityAssessment assessment)
        {
            if (evt.Transcript?.Text.Contains(word, StringComparison.Ordinal) == true)
            {
                assessment.Raise(category, level, "classifier:" + category);
            }
        }
    }

    private static RuleSet WithPolicy(PolicyAction action)
    {
        var rules = DefaultRules();
        return new RuleSet
        {
            Version = rules.Version,
            Engine = rules.Engine,
            Redactor = rules.Redactor,
            Policy = new SensitivityPolicy(new Dictionary<string, PolicyAction> { [Category.Medical] = action }, new Dictionary<SensitivityLevel, PolicyAction>()),
        };
    }

    [Fact]
    public void Default_policy_drops_a_medical_event_found_by_the_assessor()
    {
        var sink = Run(Line, assessor: new WordAssessor("therapist", Category.Medical, SensitivityLevel.Sensitive));

        Assert.Equal(0, sink.OutcomeCalls);
        var audit = Assert.Single(sink.Audits);
        Assert.Equal(AuditAction.Drop, audit.Action);
        Assert.Equal(["policy_drop:medical", "classifier:medical"], audit.Reasons);
        Assert.Equal(SensitivityLevel.Sensitive, audit.Level);
        Assert.Equal([Category.Contact, Category.Medical], audit.Categories);
        Assert.Equal(["EMAIL_ADDRESS"], audit.EntityTypes);
    }

    [Fact]
    public void Quarantine_keeps_the_raw_event_for_review_and_never_forwards_it()
    {
        var sink = Run(Line, WithPolicy(PolicyAction.Quarantine), new WordAssessor("therapist", Category.Medical, SensitivityLevel.Sensitive));

        Assert.Empty(sink.Forwarded);
        var quarantined = Assert.Single(sink.Quarantined);
        Assert.Equal("policy_quarantine:medical", quarantined.Reason);
        Assert.Equal(Line, System.Text.Encoding.UTF8.GetString(quarantined.Raw));
        Assert.Equal(AuditAction.Drop, Assert.Single(sink.Audits).Action);
    }

    [Fact]
    public void Redact_field_replaces_every_free_text_field_with_the_category_tag()
    {
        var sink = Run(Line, WithPolicy(PolicyAction.RedactField), new WordAssessor("therapist", Category.Medical, SensitivityLevel.Sensitive));

        var output = sink.SingleForwarded();
        Assert.Equal("[REDACTED:medical]", output.GetProperty("text").GetString());
        Assert.Equal("Slack", output.GetProperty("app").GetString());
        Assert.DoesNotContain("panic", sink.Forwarded[0].Json, StringComparison.Ordinal);
        Assert.Equal(3, output.GetProperty("filter").GetProperty("level").GetInt32());
        var audit = Assert.Single(sink.Audits);
        Assert.Equal(AuditAction.Redact, audit.Action);
        Assert.Contains("policy_redact_field:medical", audit.Reasons);
    }

    [Fact]
    public void Pass_verdict_still_redacts_identifiers()
    {
        var sink = Run(Line, WithPolicy(PolicyAction.Pass), new WordAssessor("therapist", Category.Medical, SensitivityLevel.Sensitive));

        var text = sink.SingleForwarded().GetProperty("text").GetString()!;
        Assert.DoesNotContain("kim@proton.me", text, StringComparison.Ordinal);
        Assert.StartsWith("therapist said", text, StringComparison.Ordinal);
    }
}
