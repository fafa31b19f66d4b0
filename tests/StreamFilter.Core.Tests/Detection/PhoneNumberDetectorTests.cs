using StreamFilter.Core.Detection;

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
    [InlineData("my phone number is 4155552671", "4155552671")]
    [InlineData("cell: 14155552671", "14155552671")]
    public void Finds_bare_digits_only_with_context(string text, string expected)
    {
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Phone));
    }

    [Theory]
    [InlineData("order 4155552671 shipped")] // bare ten digits, no context
    [InlineData("order number 4155552671 shipped")] // "number" alone is not phone context
    [InlineData("desk 015-555-2671")] // area code starts with 0
    [InlineData("desk 115-555-2671")] // area code starts with 1
    [InlineData("desk 411-555-2671")] // N11 area code
    [InlineData("desk 415-155-2671")] // exchange starts with 1
    [InlineData("desk 415-911-2671")] // N11 exchange
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
}
