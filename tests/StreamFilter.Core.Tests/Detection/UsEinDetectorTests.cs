using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class UsEinDetectorTests
{
    [Theory]
    [InlineData("Acme LLC, 12-3456789", "12-3456789")]
    [InlineData("EIN: 45-0012345.", "45-0012345")]
    [InlineData("employer identification number 943456789", "943456789")] // bare with context
    [InlineData("FEIN 201234567 on the invoice", "201234567")]
    public void Finds_valid_numbers(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsEin));

    [Theory]
    [InlineData("EIN 07-1234567")] // prefix 07 never assigned
    [InlineData("EIN 89-1234567")]
    [InlineData("EIN 00-1234567")]
    [InlineData("part 12-34567890")] // eight digits after the dash
    [InlineData("part 112-3456789")]
    [InlineData("range 12-3456789-01")] // continued
    [InlineData("ticket 123456789 closed")] // bare without context
    public void Rejects_invalid_or_unsupported(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UsEin));
}
