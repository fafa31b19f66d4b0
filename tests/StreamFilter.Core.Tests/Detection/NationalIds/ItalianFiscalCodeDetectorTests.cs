using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class ItalianFiscalCodeDetectorTests
{
    [Theory]
    [InlineData("codice fiscale RSSMRA45C12F205C", "RSSMRA45C12F205C")] // stdnum's valid codes
    [InlineData("CF: MRSMSR81D60Z611H.", "MRSMSR81D60Z611H")] // woman: day + 40
    [InlineData("AAAAAA00B11C333Y", "AAAAAA00B11C333Y")]
    [InlineData("il mio è cntchr83t41d969d", "cntchr83t41d969d")] // lower case
    [InlineData("MRTNTN23M02D969P", "MRTNTN23M02D969P")]
    public void Finds_valid_codes_without_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.ItFiscalCode));

    [Theory]
    [InlineData("codice fiscale FOXDRA26C24H872A")] // wrong check letter
    [InlineData("CSTNGL22I10D086I")] // I is no month letter
    [InlineData("CNTCHR83T32D969H")] // day 32
    [InlineData("RCCMNL83S18D969")] // fifteen characters
    [InlineData("AAAAAA - 00B11C333N")] // split
    [InlineData("RssMRA45C12F205C")] // mixed case
    [InlineData("XRSSMRA45C12F205C")] // inside a longer token
    public void Rejects_invalid_codes(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.ItFiscalCode));
}
