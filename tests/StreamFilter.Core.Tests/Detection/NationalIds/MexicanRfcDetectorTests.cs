using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class MexicanRfcDetectorTests
{
    [Theory]
    [InlineData("RFC ALC920108P18", "ALC920108P18")] // stdnum's valid company RFCs
    [InlineData("su RFC es AAMM450222AJ1", "AAMM450222AJ1")]
    [InlineData("rfc: COMG-600703", "COMG-600703")]
    [InlineData("RFC COMG600703", "COMG600703")] // person without homoclave, with context
    [InlineData("registro federal de contribuyentes GODE 561231 GR8", "GODE 561231 GR8")]
    public void Finds_rfcs(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.MxRfc));

    [Theory]
    [InlineData("RFC ABCD 123456")] // no such date
    [InlineData("RFC AKJ970902")] // company without homoclave
    [InlineData("RFC AABN 821103 8Ñ2")] // Ñ in the homoclave
    [InlineData("sku COMG600703")] // short form without context
    [InlineData("BEML920313HMCLNS09")] // a CURP, not an RFC
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.MxRfc));
}
