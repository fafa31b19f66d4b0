using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;

namespace StreamFilter.Core.Tests.Detection;

public class PhoneNumberDetectorTests
{
    [Theory]
    [InlineData("call me at (415) 555-2671 today", "(415) 555-2671")]
    [InlineData("office (415)555-2671", "(415)555-2671")]
    [InlineData("desk 415-555-2671", "415-555-2671")]
    [InlineData("desk 415.555.2671.", "415.555.2671")]
    [InlineData("desk 415 555 2671", "415 555 2671")]
    [InlineData("reach +1 415 555 2671 after 5", "+1 415 555 2671")]
    [InlineData("reach +1-415-555-2671", "+1-415-555-2671")]
    [InlineData("reach +14155552671", "+14155552671")]
    [InlineData("dial 1-415-555-2671", "1-415-555-2671")]
    [InlineData("Phone: 415-555-2671", "415-555-2671")]
    [InlineData("tel:+14155552671", "+14155552671")]
    [InlineData("London office +44 20 7946 0958", "+44 20 7946 0958")]
    [InlineData("Berlin +49 30 123456", "+49 30 123456")]
    [InlineData("UK +44 (0)20 7946 0958", "+44 (0)20 7946 0958")]
    [InlineData("Paris +33-1-42-68-53-00", "+33-1-42-68-53-00")]
    [InlineData("London +44 (20) 7123 4567 ext", "+44 (20) 7123 4567")]
    public void Finds_formatted_numbers(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Phone));
    }

    [Theory]
    [InlineData("support line 833.719.3994", "833.719.3994")] // dotted US
    [InlineData("UK mobile 07400 123456", "07400 123456")]
    [InlineData("London (020) 7946 0958.", "(020) 7946 0958")]
    [InlineData("Handy 0176 12345678", "0176 12345678")] // German mobile
    [InlineData("bureau 01 23 45 67 89", "01 23 45 67 89")] // French
    [InlineData("Paris 01.42.68.53.00", "01.42.68.53.00")] // French, dotted
    [InlineData("Madrid 912 70 12 34", "912 70 12 34")] // Spanish, no trunk prefix
    [InlineData("Milano 02 1234 5678", "02 1234 5678")] // Italian
    [InlineData("Sydney (02) 9374 4000", "(02) 9374 4000")] // Australian
    [InlineData("Tokyo 03-1234-5678", "03-1234-5678")] // Japanese
    [InlineData("São Paulo (11) 98765-4321", "(11) 98765-4321")] // Brazilian mobile
    [InlineData("from abroad 00 44 20 7946 0958", "00 44 20 7946 0958")] // 00 prefix
    [InlineData("from Europe 001-253-366-9781", "001-253-366-9781")] // 00 + NANP
    [InlineData("ask for 415-555-2671 x1887", "415-555-2671 x1887")] // extension
    [InlineData("desk (415) 555-2671 ext. 12 today", "(415) 555-2671 ext. 12")]
    [InlineData("+1-604-696-5272x565", "+1-604-696-5272x565")]
    [InlineData("Swiss desk +41 44 668 18 00", "+41 44 668 18 00")]
    [InlineData("+46 (0)8 928 571 38", "+46 (0)8 928 571 38")] // trunk marker after the country code
    [InlineData("+447700677662", "+447700677662")]
    public void Finds_numbers_of_other_countries(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Phone));

    [Theory]
    [InlineData("Mobile: 60-56-85-91", "60-56-85-91")] // shape only: needs a context word
    [InlineData("Telefon 9472 7916", "9472 7916")]
    [InlineData("teléfono 0961-7596216", "0961-7596216")]
    [InlineData("Fax: 9498777106", "9498777106")]
    [InlineData("phone 07700900123", "07700900123")] // bare UK mobile
    public void Finds_weak_numbers_only_with_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Phone));

    [Theory]
    [InlineData("ticket 60-56-85-91")]
    [InlineData("build 9472 7916")]
    [InlineData("id 07700900123")]
    [InlineData("deployed 15.10.2024 and 2024/10/15")] // dates
    [InlineData("server 10.20.30.40 port 8080")] // IPv4, port
    [InlineData("total 1 234 567 units")] // thousands
    [InlineData("version 1.12.300.4567")]
    [InlineData("ORD-0176-12345678")] // order number
    [InlineData("SSN 536-22-4871 and ITIN 912-70-1234")] // id layouts, valid Spanish numbers
    [InlineData("amount €0176 12345678")] // after a currency sign
    [InlineData("at 2026-06-01T09:14:03.512Z")] // timestamp
    [InlineData("+999 123 456 789")] // no such country code, no context
    public void Rejects_look_alikes_of_other_countries(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Phone));

    [Theory]
    [InlineData("my phone number is 4155552671", "4155552671")]
    [InlineData("cell: 14155552671", "14155552671")]
    public void Finds_bare_digits_only_with_context(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Phone));
    }

    [Theory]
    [InlineData("order 4155552671 shipped")] // bare ten digits, no context
    [InlineData("order number 4155552671 shipped")] // "number" alone is not phone context
    [InlineData("desk 415-555.2671")] // mixed separators
    [InlineData("released on 2024-10-15 at 12:30:45")] // date and time
    [InlineData("upgrade to 4.15.555 then 10.2.3.4567")] // versions
    [InlineData("ticket ORD-415-555-2671 closed")] // part of an order number
    [InlineData("invoice 415-555-26718")] // too many digits
    [InlineData("row 415-555-2671-9 of the sheet")] // continued by another group
    [InlineData("timestamp 1700000000123 ms")] // epoch millis
    [InlineData("offset +0200 and +30 days")] // timezone offset, short numbers
    [InlineData("id 550e8400-e29b-41d4-a716-446655440000")] // UUID
    public void Rejects_near_misses(string text)
    {
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Phone));
    }

    /// <summary>
    /// The NANP rules on their own: with only US and Canada as default regions, 3-3-4 numbers that break
    /// the numbering plan are no phones. (With the default regions several are: 015-555-2671 is a Paris
    /// number, 415-155-2671 a Mexican one.)
    /// </summary>
    [Theory]
    [InlineData("desk 015-555-2671")] // area code starts with 0
    [InlineData("desk 115-555-2671")] // area code starts with 1
    [InlineData("desk 411-555-2671")] // N11 area code
    [InlineData("desk 415-155-2671")] // exchange starts with 1
    [InlineData("desk 415-911-2671")] // N11 exchange
    public void With_only_nanp_regions_numbers_breaking_the_plan_are_rejected(string text)
    {
        var engine = new DetectorEngine([new PhoneNumberDetector(["US", "CA"])]);
        using var findings = new FindingList();
        engine.Scan(text, findings);
        Assert.Equal(0, findings.Count);
    }
}
