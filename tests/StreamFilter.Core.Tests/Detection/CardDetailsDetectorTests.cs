using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class CardDetailsDetectorTests
{
    [Theory]
    [InlineData("CVV: 123", "123")]
    [InlineData("cvc 0421 thanks", "0421")]
    [InlineData("the security code is 987", "987")]
    [InlineData("exp 09/28", "09/28")]
    [InlineData("exp. 9/2028", "9/2028")]
    [InlineData("Expires: 11-27", "11-27")]
    [InlineData("valid thru 12/29", "12/29")]
    [InlineData("exp date (mm/yy) 03/27", "03/27")]
    public void Finds_details_after_their_key_words(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.CreditCard));

    [Theory]
    [InlineData("card 4111 1111 1111 1111 09/28 123", new[] { "4111 1111 1111 1111", "09/28", "123" })]
    [InlineData("4111111111111111 exp 12/29 cvv 321.", new[] { "4111111111111111", "12/29", "321" })]
    [InlineData("card 4111 1111 1111 1111 for 200 dollars", new[] { "4111 1111 1111 1111" })] // not a detail
    [InlineData("card 4111 1111 1111 1111, order 12345", new[] { "4111 1111 1111 1111" })]
    public void Finds_details_printed_after_a_card(string text, string[] expected) =>
        Assert.Equal(expected, DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.CreditCard));

    [Theory]
    [InlineData("my order 12345 exp 2026-01-01")] // a date in ISO form, not an expiry
    [InlineData("exp 13/28")] // no month 13
    [InlineData("exp 09/1999")] // not a card's year
    [InlineData("cvv 12345")] // too long for a code
    [InlineData("the export 09/28 job")] // 'exp' inside a word
    [InlineData("meeting 09/28 at 123 Main St")] // no key word, no card
    [InlineData("cvv check passed")]
    public void Leaves_numbers_without_key_word_or_shape(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.CreditCard));
}
