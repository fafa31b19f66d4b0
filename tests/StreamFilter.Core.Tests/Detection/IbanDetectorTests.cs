using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class IbanDetectorTests
{
    [Theory]
    [InlineData("pay to GB82WEST12345698765432 today", "GB82WEST12345698765432")]
    [InlineData("IBAN: GB82 WEST 1234 5698 7654 32.", "GB82 WEST 1234 5698 7654 32")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00")]
    [InlineData("FR1420041010050500013M02606", "FR1420041010050500013M02606")]
    [InlineData("account NL91-ABNA-0417-1643-00 ok", "NL91-ABNA-0417-1643-00")]
    [InlineData("NO93 8601 1117 947 X", "NO93 8601 1117 947")] // stops at the registered length
    [InlineData("iban gb82west12345698765432", "gb82west12345698765432")] // lower case
    [InlineData("iban de89 3704 0044 0532 0130 00 ok", "de89 3704 0044 0532 0130 00")]
    [InlineData("GB82WE ST12345698765432", "GB82WE ST12345698765432")] // a space inside a group
    [InlineData("DE8937 0400 440532 013000", "DE8937 0400 440532 013000")] // irregular groups
    public void Finds_valid_ibans(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Iban));

    [Theory]
    [InlineData("GB82WEST12345698765433")] // mod-97 fails
    [InlineData("GB82 WEST 1234 5698 7654 3")] // one character short for GB
    [InlineData("GB82WEST123456987654321")] // one character too long
    [InlineData("ZZ82WEST12345698765432")] // unknown country
    [InlineData("gb82west12345698765433")] // lower case, mod-97 fails
    [InlineData("Gb82west12345698765432")] // mixed case: a word, not an IBAN
    [InlineData("GB82west12345698765432")] // mixed case
    [InlineData("DE89  3704 0044 0532 0130 00")] // two spaces in a row
    [InlineData("DE89-370400-440532-013000")] // irregular groups with dashes
    [InlineData("GB82/WEST/1234/5698/7654/32")] // slash is not a separator
    [InlineData("GB82 WEST-1234 5698 7654 32")] // mixed separators
    [InlineData("XGB82WEST12345698765432")] // glued to a word
    public void Rejects_invalid_ibans(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Iban));
}
