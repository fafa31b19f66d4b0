using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class UsDriverLicenseDetectorTests
{
    [Theory]
    [InlineData("CA driver license A1234567", "A1234567")]
    [InlineData("DL# D123456789012 (FL)", "D123456789012")]
    [InlineData("driver's licence 123456789, NY", "123456789")]
    [InlineData("licence no. WD12345", "WD12345")]
    [InlineData("Illinois driver's license D123-4567-8901", "D123-4567-8901")]
    [InlineData("DL: S530-4609-1234-05 (WI)", "S530-4609-1234-05")]
    [InlineData("Maryland DL M-123-456-789-012", "M-123-456-789-012")]
    [InlineData("NJ driver license K1234 56789 01234", "K1234 56789 01234")]
    [InlineData("my driver's license number is 2270-66-1551", "2270-66-1551")]
    [InlineData("NY driver license 123 456 789", "123 456 789")]
    public void Finds_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsDriverLicense));

    [Theory]
    [InlineData("order A1234567 shipped")] // no context
    [InlineData("license C12T345672")] // letters inside the digits
    [InlineData("license ABCD1234567")] // too many letters
    [InlineData("license A123")] // too short
    [InlineData("license 12345")]
    [InlineData("license key 2024-06-01T10:00:00Z")] // timestamp
    [InlineData("license v1.2.3.4")]
    [InlineData("license 2024-06-01 renewed")] // a date
    [InlineData("license D123-4567 8901")] // mixed separators
    [InlineData("ticket D123-4567-8901")] // no context
    public void Rejects_without_context_or_wrong_shape(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsDriverLicense));
}
