using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class MexicanCurpDetectorTests
{
    [Theory]
    [InlineData("CURP: BEML920313HMCLNS09", "BEML920313HMCLNS09")] // stdnum's valid codes
    [InlineData("HEGG560427MVZRRL04", "HEGG560427MVZRRL04")]
    [InlineData("mi curp es pegl890909mjcrms08.", "pegl890909mjcrms08")]
    [InlineData("BOXW310820HNERXN09", "BOXW310820HNERXN09")] // born abroad (NE)
    public void Finds_valid_codes_without_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.MxCurp));

    [Theory]
    [InlineData("BOXW310820HNERXN08")] // wrong check digit
    [InlineData("PEGL890909MQQRMS02")] // QQ is no state
    [InlineData("PEGL891309MJCRMS08")] // month 13
    [InlineData("XBEML920313HMCLNS09")] // inside a token
    public void Rejects_invalid_codes(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.MxCurp));
}
