using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class CreditCardDetectorTests
{
    [Theory]
    [InlineData("visa 4111111111111111, thanks", "4111111111111111")]
    [InlineData("card 4111.1111.1111.1111", "4111.1111.1111.1111")] // dots
    [InlineData("card 4111 1111\n1111 1111 ok", "4111 1111\n1111 1111")] // wrapped between groups
    [InlineData("card 4111 1111 \r\n1111 1111", "4111 1111 \r\n1111 1111")]
    [InlineData("card 4111-1111-\n1111-1111", "4111-1111-\n1111-1111")]
    [InlineData("card 41111111\n11111111 ok", "41111111\n11111111")] // split anywhere by a line break
    [InlineData("card 411111111111\n1111", "411111111111\n1111")]
    [InlineData("card 4012 8888 8888 1881", "4012 8888 8888 1881")]
    [InlineData("card 4012-8888-8888-1881.", "4012-8888-8888-1881")]
    [InlineData("mc 5105105105105100", "5105105105105100")]
    [InlineData("mc 2-series 2221000000000009", "2221000000000009")]
    [InlineData("mc 2720 1234 5678 9010", "2720 1234 5678 9010")]
    [InlineData("amex 378282246310005", "378282246310005")]
    [InlineData("amex 3782 822463 10005", "3782 822463 10005")] // 4-6-5
    [InlineData("discover 6011000000000004", "6011000000000004")]
    [InlineData("jcb 3530111333300000", "3530111333300000")]
    [InlineData("diners 30569309025904", "30569309025904")]
    [InlineData("diners 3056 930902 5904", "3056 930902 5904")] // 4-6-4
    [InlineData("paid with 4111111111111111, thanks", "4111111111111111")] // no context needed
    public void Finds_valid_cards(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.CreditCard));

    [Theory]
    [InlineData("card 4111111111111112")] // invalid Luhn, 16 digits
    [InlineData("card 1234567890123456")] // invalid Luhn
    [InlineData("card 4012-8888-8888-1882")]
    [InlineData("card 4012 8888-8888 1881")] // mixed separators
    [InlineData("card 40128888 88881881")] // not a card grouping
    [InlineData("card 9111111111111111")] // no issuer uses 9
    [InlineData("order 4111111111111111-2")] // continued
    [InlineData("id a716-446655440000")] // UUID tail
    [InlineData("uuid 550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("at 2024-06-01T10:00:00Z build 1.2.3.4")]
    [InlineData("tracking 1Z999AA10123456784")]
    [InlineData("version 4111.1111.1111.1112 build")] // dotted, bad Luhn
    [InlineData("card 4111.1111 1111-1111")] // mixed separators
    [InlineData("lines 4111111\n\n111111111")] // a blank line between: two numbers
    [InlineData("ids 12345678\n87654321")] // two numbers on two lines, no card
    public void Rejects_invalid_and_near_misses(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.CreditCard));
}
