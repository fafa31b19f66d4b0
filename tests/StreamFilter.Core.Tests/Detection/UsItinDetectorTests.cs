using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class UsItinDetectorTests
{
    [Theory]
    [InlineData("ITIN 912-70-1234 on the W-7", "912-70-1234")]
    [InlineData("filed with 953 88 4410", "953 88 4410")] // space-delimited, group 88
    [InlineData("number 999.94.0001.", "999.94.0001")]
    [InlineData("taxpayer 900-50-1234", "900-50-1234")] // group 50-65 issued since 2011
    [InlineData("my itin: 912701234", "912701234")] // bare with context
    public void Finds_valid_numbers(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsItin));

    [Theory]
    [InlineData("itin 912-89-1234")] // group 89 never issued
    [InlineData("itin 912-93-1234")] // group 93 never issued
    [InlineData("itin 912-69-1234")]
    [InlineData("itin 812-70-1234")] // must start with 9
    [InlineData("itin 912-70/1234")] // mixed separators
    [InlineData("itin 9912-70-1234")] // part of a longer number
    [InlineData("ref 912701234 attached")] // bare without context
    [InlineData("build 912-70-1234-5")] // continued by another group
    public void Rejects_invalid_or_unsupported(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsItin));
}
