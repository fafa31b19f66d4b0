using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class DutchBsnDetectorTests
{
    [Theory]
    [InlineData("BSN: 111222333", "111222333")]
    [InlineData("burgerservicenummer 1112.22.333", "1112.22.333")] // stdnum's valid number, 4-2-3
    [InlineData("mijn BSN is 175 140 261", "175 140 261")]
    [InlineData("sofinummer 277-642-656", "277-642-656")]
    public void Finds_valid_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.NlBsn));

    [Theory]
    [InlineData("BSN 1112.52.333")] // fails the elfproef
    [InlineData("BSN 000000000")] // all zero
    [InlineData("ordernummer 111222333")] // no context
    [InlineData("BSN 1112223334")] // ten digits
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.NlBsn));
}
