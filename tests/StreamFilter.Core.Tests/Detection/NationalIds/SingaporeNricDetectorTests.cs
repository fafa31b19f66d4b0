using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class SingaporeNricDetectorTests
{
    [Theory]
    [InlineData("NRIC S2740116C was processed", "S2740116C")]
    [InlineData("S2368222B", "S2368222B")]
    [InlineData("T4009976F", "T4009976F")] // born 2000 or later
    [InlineData("FIN F8175028U", "F8175028U")]
    [InlineData("G5219265Q.", "G5219265Q")]
    [InlineData("nric: s2740116c", "s2740116c")]
    [InlineData("NRIC M4332674T", "M4332674T")] // M series: unverified check, with context
    public void Finds_valid_ids(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.SgNricFin));

    [Theory]
    [InlineData("S2740116D")] // wrong check letter
    [InlineData("A1234567Z")] // A is no prefix
    [InlineData("M4332674T")] // M series without context
    [InlineData("PA12348L")] // short
    [InlineData("XS2740116C")] // inside a token
    public void Rejects_invalid_ids(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.SgNricFin));
}
