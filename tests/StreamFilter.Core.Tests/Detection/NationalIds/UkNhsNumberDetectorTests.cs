using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

public class UkNhsNumberDetectorTests
{
    [Theory]
    [InlineData("NHS number: 943 476 5870", "943 476 5870")] // stdnum's valid number
    [InlineData("my nhs no is 943-476-5870.", "943-476-5870")]
    [InlineData("NHS 9434765870", "9434765870")]
    [InlineData("patient 4186091390 (NHS)", "4186091390")] // context after
    [InlineData("National Health Service number 401-023-2137", "401-023-2137")]
    public void Finds_valid_numbers_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UkNhs));

    [Theory]
    [InlineData("NHS number: 943 476 5871")] // wrong check digit
    [InlineData("NHS number 401-023-2138")] // wrong check digit
    [InlineData("reference 943 476 5870")] // valid, but no context
    [InlineData("NHS number 943 476-5870")] // mixed separators
    [InlineData("NHS 943 476 5870 12")] // part of a longer number
    [InlineData("NHS 94347658701")] // eleven digits
    public void Rejects_invalid_or_context_free(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.UkNhs));
}
