using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.Disguises;

/// <summary>
/// Data tables per disguise: the value found (and exactly its original characters reported), each
/// separator, context present and absent, and the look-alikes that must survive (versions, order
/// numbers, timestamps, code, counting words).
/// </summary>
public class DisguisedIdentifierTests
{
    [Theory]
    // Dash variants, slashes and dots as SSN separators
    [InlineData("ssn 536\u201322\u20134871 ok", "536\u201322\u20134871", EntityType.UsSsn)]
    [InlineData("ssn 536\u201422\u20144871", "536\u201422\u20144871", EntityType.UsSsn)]
    [InlineData("ssn 536\u221222\u22124871", "536\u221222\u22124871", EntityType.UsSsn)]
    [InlineData("ssn 536/22/4871", "536/22/4871", EntityType.UsSsn)]
    [InlineData("ssn 536.22.4871", "536.22.4871", EntityType.UsSsn)]
    [InlineData("my social security number is 536224871", "536224871", EntityType.UsSsn)] // bare, context
    // Other digit systems and full-width forms
    [InlineData("ssn \uFF15\uFF13\uFF16-\uFF12\uFF12-\uFF14\uFF18\uFF17\uFF11", "\uFF15\uFF13\uFF16-\uFF12\uFF12-\uFF14\uFF18\uFF17\uFF11", EntityType.UsSsn)]
    [InlineData("ssn \u0665\u0663\u0666-\u0662\u0662-\u0664\u0668\u0667\u0661", "\u0665\u0663\u0666-\u0662\u0662-\u0664\u0668\u0667\u0661", EntityType.UsSsn)]
    [InlineData("ssn \u06F5\u06F3\u06F6-\u06F2\u06F2-\u06F4\u06F8\u06F7\u06F1", "\u06F5\u06F3\u06F6-\u06F2\u06F2-\u06F4\u06F8\u06F7\u06F1", EntityType.UsSsn)] // Persian
    [InlineData("card \uFF14\uFF11\uFF11\uFF11 1111 1111 1111", "\uFF14\uFF11\uFF11\uFF11 1111 1111 1111", EntityType.CreditCard)]
    // Invisible characters inside the value
    [InlineData("ssn 536\u200B-22-48\u200C71", "536\u200B-22-48\u200C71", EntityType.UsSsn)]
    [InlineData("card 4111\u00AD1111\u00AD1111\u00AD1111", "4111\u00AD1111\u00AD1111\u00AD1111", EntityType.CreditCard)]
    [InlineData("card 4111\u00A01111\u00A01111\u00A01111", "4111\u00A01111\u00A01111\u00A01111", EntityType.CreditCard)]
    // Spaced-out digits and digits in words
    [InlineData("ssn 5 3 6 2 2 4 8 7 1 thanks", "5 3 6 2 2 4 8 7 1", EntityType.UsSsn)]
    [InlineData("ssn 5-3-6-2-2-4-8-7-1", "5-3-6-2-2-4-8-7-1", EntityType.UsSsn)]
    [InlineData("my ssn is five three six, two two, four eight seven one.", "five three six, two two, four eight seven one", EntityType.UsSsn)]
    [InlineData("ssn Five Three Six Two Two Four Eight Seven One", "Five Three Six Two Two Four Eight Seven One", EntityType.UsSsn)]
    [InlineData("ssn five three six two two four eight seven one", "five three six two two four eight seven one", EntityType.UsSsn)]
    [InlineData("card four one one one one one one one one one one one one one one one", "four one one one one one one one one one one one one one one one", EntityType.CreditCard)]
    [InlineData("ssn five three six double two four eight seven one", "five three six double two four eight seven one", EntityType.UsSsn)]
    [InlineData("ssn two one nine oh nine nine nine nine one", "two one nine oh nine nine nine nine one", EntityType.UsSsn)]
    // Email spellings
    [InlineData("mail jane dot doe at gmail dot com please", "jane dot doe at gmail dot com", EntityType.Email)]
    [InlineData("jane[at]gmail[dot]com", "jane[at]gmail[dot]com", EntityType.Email)]
    [InlineData("jane (at) example (dot) org", "jane (at) example (dot) org", EntityType.Email)]
    [InlineData("JANE AT GMAIL DOT COM", "JANE AT GMAIL DOT COM", EntityType.Email)]
    [InlineData("reach me: j.doe at example.org", "j.doe at example.org", EntityType.Email)]
    [InlineData("email me at jane at outlook.com", "jane at outlook.com", EntityType.Email)]
    [InlineData("https://app.example/login?user=jane.doe%40example.org&x=1", "jane.doe%40example.org", EntityType.Email)]
    [InlineData("\uFF4A\uFF41\uFF4E\uFF45\uFF20\uFF47\uFF4D\uFF41\uFF49\uFF4C\uFF0E\uFF43\uFF4F\uFF4D", "\uFF4A\uFF41\uFF4E\uFF45\uFF20\uFF47\uFF4D\uFF41\uFF49\uFF4C\uFF0E\uFF43\uFF4F\uFF4D", EntityType.Email)]
    public void Finds_the_value_and_reports_its_original_span(string text, string value, string type)
    {
        var findings = DetectorTestKit.Scan(text);
        var start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.EntityType == type && f.Start == start && f.End == start + value.Length);
    }

    [Theory]
    [InlineData("ssn 536\u201322\u20134871", EntityType.UsSsn)]
    [InlineData("card \uFF14\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11", EntityType.CreditCard)]
    public void Findings_in_the_view_never_overlap(string text, string type)
    {
        var findings = DetectorTestKit.Scan(text);
        Assert.Contains(findings, f => f.EntityType == type);
        for (var i = 1; i < findings.Length; i++)
        {
            Assert.True(findings[i - 1].End <= findings[i].Start);
        }
    }

    [Theory]
    [InlineData("ssn 536\u201322\u20134871")] // dashed: no context needed
    [InlineData("ref 536\u201322\u20134871")]
    public void A_dashed_ssn_needs_no_context_in_any_dash(string text) =>
        Assert.Contains(DetectorTestKit.Scan(text), f => f.EntityType == EntityType.UsSsn);

    [Theory]
    [InlineData("order 5 3 6 2 2 4 8 7 1 shipped")] // spaced bare nine digits without SSN context
    [InlineData("five three six two two four eight seven one")] // spoken, no context
    [InlineData("\uFF15\uFF13\uFF16\uFF12\uFF12\uFF14\uFF18\uFF17\uFF11 items")] // full-width bare nine digits, no context
    public void Bare_nine_digits_in_disguise_still_need_context(string text) =>
        Assert.DoesNotContain(DetectorTestKit.Scan(text), f => f.EntityType == EntityType.UsSsn);

    [Theory]
    [InlineData("Version bump 1.2.3.4 -> 1.2.4.0 in the manifest")]
    [InlineData("release v２.１４.３ shipped")] // full-width version
    [InlineData("2026\u201306\u201301T09:14:03Z INFO worker-3 processed batch 88123")]
    [InlineData("Order #1200345 shipped via UPS, ETA 3 business days")]
    [InlineData("one or two people, maybe three")]
    [InlineData("count: one two three four five six")] // six digits: too short
    [InlineData("3 2 1 go, then 4 5 6")]
    [InlineData("for i in range(1, 2, 3, 4): print(i)")]
    [InlineData("look at example.com for the docs")]
    [InlineData("meet at noon dot com")] // 'com' after a bare 'dot', but no address before
    [InlineData("we met at the office. Then at home.")]
    [InlineData("CPU at 95% and memory at 80%")]
    [InlineData("path=%2Fhome%2Fuser%2Fdocs")]
    [InlineData("matrix = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]")]
    [InlineData("Oh, five stars for the support team")]
    [InlineData("\u65E5\u672C\u8A9E\u30C6\u30B9\u30C8\uFF1A\u78BA\u8A8D\u3057\u307E\u3057\u305F")] // Japanese with a full-width colon
    public void Look_alikes_survive(string text) =>
        Assert.Empty(DetectorTestKit.Scan(text));
}
