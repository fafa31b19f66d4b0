using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class GermanTaxNumberDetectorTests
{
    [Theory]
    [InlineData("Steuernummer: 0981508150999 wurde vergeben.", "0981508150999")] // federal 13 digits
    [InlineData("St.-Nr. 123/456/78901 bitte angeben.", "123/456/78901")]
    [InlineData("Steuernummer 21/815/08150", "21/815/08150")] // Berlin layout
    [InlineData("Steuernummer 93815/08152", "93815/08152")] // NRW layout
    [InlineData("StNr 013 815 08153", "013 815 08153")] // spaces
    [InlineData("Finanzamt Köln, Steuernummer 2181508150", "2181508150")]
    public void Finds_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.DeTaxNumber));

    [Theory]
    [InlineData("Rechnung 123/456/78901")] // no context
    [InlineData("Steuernummer 0081508150001")] // 00 is no state
    [InlineData("Steuernummer 12/34/56")] // too short
    [InlineData("Steuernummer 2024/01/15")] // a date
    [InlineData("Steuernummer 123456789")] // nine digits
    public void Rejects_look_alikes(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.DeTaxNumber));

    [Fact]
    public void A_checksum_valid_tax_id_wins_over_the_tax_number_on_the_same_span()
    {
        const string text = "Steuer-ID 36574261809";
        var findings = DetectorTestKit.Scan(text);
        Assert.Equal(["36574261809"], DetectorTestKit.Values(text, findings, EntityType.DeTaxId));
        Assert.Empty(DetectorTestKit.Values(text, findings, EntityType.DeTaxNumber));
    }
}
