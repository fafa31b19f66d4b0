using StreamFilter.Core.Sensitivity.Prose;

namespace StreamFilter.Core.Tests.Sensitivity;

/// <summary>The code and log signal: what the topic classifier sees of a text, and when it sees nothing.</summary>
public class ProseTextTests
{
    private static (string Prose, int Words) Extract(string text)
    {
        var buffer = new char[text.Length];
        var (length, words) = ProseText.Extract(text, buffer);
        return (new string(buffer, 0, length), words);
    }

    [Theory]
    [InlineData("def validate_password(pw):\n    if len(pw) < 12:\n        return False\n    return True")]
    [InlineData("public sealed class PayrollTaxCalculator\n{\n    public decimal Withhold(Employee e) => e.Gross * Rate;\n}")]
    [InlineData("CREATE TABLE patient_diagnosis (\n  id BIGSERIAL PRIMARY KEY,\n  icd10_code VARCHAR(8)\n);")]
    [InlineData("SELECT employee_id, salary FROM compensation WHERE rating < 2")]
    [InlineData("select count(*) from lab_results where flag = 'H'")]
    [InlineData("Traceback (most recent call last):\n  File \"app/diagnosis/mapper.py\", line 41, in map_code\n    return CODES[code]\nKeyError: 'F32.A'")]
    [InlineData("System.NullReferenceException: Object reference not set\n   at Payroll.TaxWithholding.Compute(Employee e) in TaxWithholding.cs:line 88")]
    [InlineData("2026-03-02T10:00:01Z ERROR patient-sync failed to upsert diagnosis batch: deadlock detected")]
    [InlineData("[password_policy]\nmin_length = 12\nrequire_digit = true")]
    [InlineData("payroll.schedule: \"0 2 * * *\"\npayroll.batch_size: 500")]
    [InlineData("$ kubectl delete pod payroll-worker-7 -n hr --grace-period=0")]
    [InlineData("aws ec2 terminate-instances --instance-ids i-0abc123def")]
    [InlineData("kill -9 $(pgrep -f diagnosis-indexer)")]
    [InlineData("[Fact]\npublic void Maps_icd10_code_to_category() => Assert.Equal(\"E11\", Icd10Mapper.Map(\"E11.9\"));")]
    public void Code_sql_traces_logs_config_and_shell_are_code(string text)
    {
        Assert.True(ProseText.IsCode(text));
        Assert.Equal(0, Extract(text).Words);
    }

    [Theory]
    [InlineData("we should terminate the old instances on Friday, they have been idle since the migration")]
    [InlineData("can someone kill the hung process on the build box")]
    [InlineData("[00:41:07] Dana: so I'm so lonely since the breakup, can we get coffee this weekend")]
    [InlineData("Diagnosis: type 2 diabetes\nMedication: metformin 500mg twice daily")]
    [InlineData("Name | Level | Rating | Base\nDana Okafor | L5 | Below Expectations | $142,000")]
    [InlineData("finally filed my taxes, refund of 720 USD should hit in three weeks :(")]
    [InlineData("return to the office is on Monday, from home until then")]
    [InlineData("Employee: Priya Patel\nRating: 2 - Needs Improvement\nRecommendation: performance improvement plan")]
    public void Prose_with_colons_pipes_times_and_engineering_verbs_is_not_code(string text)
    {
        Assert.False(ProseText.IsCode(text));
        Assert.True(Extract(text).Words >= 5);
    }

    [Fact]
    public void Identifiers_paths_hosts_and_addresses_are_left_out_of_the_prose()
    {
        var (prose, _) = Extract("the PatientRecord mapper in src/emr/patient_record.py breaks on 10.0.3.17, mail abc@google.com");
        Assert.Equal("the mapper in breaks on mail", prose);
    }

    [Fact]
    public void Amounts_tax_forms_and_doses_stay_words()
    {
        var (prose, _) = Extract("my W-2 shows $84,200.00 and 22% withheld, 401k at 6%, sertraline 50mg");
        Assert.Equal("my W-2 shows $84,200.00 and 22% withheld 401k at 6% sertraline 50mg", prose);
    }

    [Theory]
    [InlineData("abc@google.com", 0)]
    [InlineData("8.8.8.8 is the ip address", 4)]
    [InlineData("https://portal.example.com/reset?token=9f8e7d6c5b4a", 0)]
    public void A_bare_address_has_no_prose_and_a_short_sentence_keeps_its_words(string text, int words)
    {
        Assert.Equal(words, Extract(text).Words);
    }

    [Fact]
    public void A_sentence_around_a_code_line_keeps_its_prose()
    {
        var text = "my chemo starts Monday so I will be slow to review this week, but here is the fix:\nreturn self._repo.get(user_id);";
        Assert.False(ProseText.IsCode(text));
        var (prose, _) = Extract(text);
        Assert.StartsWith("my chemo starts Monday", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("repo", prose, StringComparison.Ordinal);
    }
}
