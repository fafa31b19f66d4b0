using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class AustralianMedicareDetectorTests
{
    [Theory]
    [InlineData("Medicare card 2123 45670 1", "2123 45670 1")]
    [InlineData("medicare number 2123456701", "2123456701")]
    [InlineData("Medicare: 3306400376", "3306400376")]
    [InlineData("Medicare 5572 10141 5 2", "5572 10141 5 2")] // with the holder's number
    public void Finds_valid_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.AuMedicare));

    [Theory]
    [InlineData("Medicare 2123 25870 1")] // wrong check digit
    [InlineData("Medicare 7123456701")] // first digit 7
    [InlineData("Medicare 212345670221")] // twelve digits
    [InlineData("order 2123456701")] // no context
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.AuMedicare));
}
