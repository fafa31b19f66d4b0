using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class GermanTaxIdDetectorTests
{
    [Theory]
    [InlineData("Meine Steuer-ID: 11234567890.", "11234567890")] // stdnum
    [InlineData("IdNr. 36574261809 liegt vor.", "36574261809")]
    [InlineData("Steueridentifikationsnummer 36 574 261 809", "36 574 261 809")] // stdnum, printed form
    [InlineData("steuerliche Identifikationsnummer: 44098256348", "44098256348")]
    [InlineData("my German tax ID is 80837659286", "80837659286")]
    public void Finds_valid_ids_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.DeTaxId));

    [Theory]
    [InlineData("Steuer-ID 36574261890")] // wrong check digit
    [InlineData("Steuer-ID 12345678903")] // no digit repeated (Presidio's corpus counts it valid; stdnum and the BZSt rule do not)
    [InlineData("Steuer-ID 02345678903")] // starts with 0
    [InlineData("Steuer-ID 11111111111")] // one digit four times or more
    [InlineData("Steuer-ID 11223345678")] // two repeated digits
    [InlineData("Kundennummer 36574261809")] // valid, no context
    [InlineData("Steuer-ID 365742618090")] // twelve digits
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.DeTaxId));
}
