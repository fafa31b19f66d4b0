using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class IndiaPanDetectorTests
{
    [Theory]
    [InlineData("My PAN number is ABBPM4567S with text", "ABBPM4567S")]
    [InlineData("ABMPA3211G", "ABMPA3211G")] // a person's PAN: reported alone
    [InlineData("PAN card: AAKFD7113K", "AAKFD7113K")] // a firm's: with context
    [InlineData("pan abmpa3211g", "abmpa3211g")] // lower case: with context
    public void Finds_valid_pans(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.InPan));

    [Theory]
    [InlineData("ABMXA3211G")] // X is no holder type
    [InlineData("ACUPA0000R")] // digits 0000
    [InlineData("ACUPA7085RR")] // eleven characters
    [InlineData("ABMPA32111")] // digit last
    [InlineData("firm AAKFD7113K")] // not a person, no context
    [InlineData("key XABMPA3211G-2")] // inside a token
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.InPan));
}
