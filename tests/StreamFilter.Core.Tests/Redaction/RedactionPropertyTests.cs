using FsCheck.Xunit;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Tests.Rules;

namespace StreamFilter.Core.Tests.Redaction;

/// <summary>
/// Whatever the surrounding text, no value the engine reported survives redaction, for every
/// operator (tag, mask, pseudonym; drop_field removes the field).
/// </summary>
public class RedactionPropertyTests
{
    // Synthetic identifiers, never real people's.
    private static readonly string[] Identifiers =
    [
        "536-22-4871", "219 45 8877", "ssn 401224871", "jane.doe@example.org", "r_kumar+hr@corp-mail.net",
        "EMP-004211", "Project Falcon", "bluebird",
    ];

    private static readonly RuleSet Rules = RulesTestKit.Parse("""
        entities:
          US_SSN: {operator: mask, keep_last: 4}
          EMAIL_ADDRESS: pseudonym
          EMPLOYEE_ID: tag
        custom:
          - name: employee_id
            entity: EMPLOYEE_ID
            type: regex
            pattern: '\bEMP-\d{6}\b'
            category: people_data
            level: 2
          - name: code_names
            entity: CODE_NAME
            type: dictionary
            terms: [Project Falcon, bluebird]
            category: work
            level: 2
        """);

    [Property(MaxTest = 500)]
    public bool Redacted_output_never_contains_a_reported_value(string[] noise, int[] picks)
    {
        var text = Splice(noise ?? [], picks ?? []);
        using var findings = new FindingList();
        Rules.Engine.Scan(text, findings);
        var redacted = Rules.Redactor.Redact(text, findings.AsSpan());
        if (redacted is null)
        {
            return true;
        }
        foreach (var f in findings.AsSpan())
        {
            if (redacted.Contains(text[f.Start..f.End], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    [Fact]
    public void The_spliced_identifiers_are_all_reported()
    {
        var text = string.Join(" and ", Identifiers);
        using var findings = new FindingList();

        Rules.Engine.Scan(text, findings);

        Assert.Equal(Identifiers.Length, findings.Count);
    }

    private static string Splice(string[] noise, int[] picks)
    {
        var parts = new List<string>();
        var n = Math.Max(noise.Length, picks.Length);
        for (var i = 0; i < n; i++)
        {
            if (i < noise.Length)
            {
                parts.Add(noise[i] ?? "");
            }
            if (i < picks.Length)
            {
                parts.Add(Identifiers[(int)((uint)picks[i] % (uint)Identifiers.Length)]);
            }
        }
        return string.Join(' ', parts);
    }
}
